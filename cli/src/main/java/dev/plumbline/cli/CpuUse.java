package dev.plumbline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time a benchmark phase used: the whole process, and the JVM's threads grouped by name, so a
 * figure can say where the time went. On a shared machine wall-clock rates move with the load; CPU
 * seconds per record move much less. Time the JVM cannot attribute to one of its threads (native
 * worker threads of DuckDB or RocksDB, the GC, the JIT) is the difference.
 */
record CpuUse(long processNanos, Map<String, Long> threadNanos) {
    /** What the process and each group of threads have used so far. */
    static CpuUse now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            ThreadInfo info = threads.getThreadInfo(id);
            if (nanos > 0 && info != null) {
                groups.merge(group(info.getThreadName()), nanos, Long::sum);
            }
        }
        return new CpuUse(processCpuNanos(), groups);
    }

    /** CPU used between {@code earlier} and this snapshot, per group (threads that ended are lost to their group). */
    CpuUse since(CpuUse earlier) {
        Map<String, Long> groups = new TreeMap<>();
        threadNanos.forEach((group, nanos) -> {
            long used = nanos - earlier.threadNanos.getOrDefault(group, 0L);
            if (used > 0) {
                groups.put(group, used);
            }
        });
        return new CpuUse(processNanos - earlier.processNanos, groups);
    }

    double processSeconds() {
        return processNanos / 1e9;
    }

    /** Thread names without their numbers: {@code JettyServerThreadPool-41} counts as {@code JettyServerThreadPool}. */
    static String group(String threadName) {
        return threadName.replaceAll("-?\\d+", "").replaceAll("-+$", "");
    }

    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0L;
    }
}
