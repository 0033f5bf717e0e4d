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
 * seconds per record move much less. On Linux the JVM's own native threads are read from
 * {@code /proc/self/task} and grouped too (the garbage collector, the JIT compilers, RocksDB's
 * background flushes and compactions, the VM thread); what no group holds (DuckDB's worker threads,
 * which have no name of their own, threads that ended) is the difference.
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
        nativeThreads().forEach((group, nanos) -> groups.merge(group, nanos, Long::sum));
        return new CpuUse(processCpuNanos(), groups);
    }

    /** Native threads by kind, from {@code /proc/self/task/N/stat}; empty where there is no such file system. */
    static Map<String, Long> nativeThreads() {
        Map<String, Long> groups = new TreeMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return groups;
        }
        try (var listing = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) listing::iterator) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(task.resolve("stat"));
                } catch (java.io.IOException ended) {
                    continue;
                }
                // pid (comm) state ppid ... utime stime: fields 14 and 15, counted after the name's closing parenthesis
                int close = stat.lastIndexOf(')');
                String kind = nativeKind(stat.substring(stat.indexOf('(') + 1, close));
                if (kind != null) {
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    groups.merge(kind, ticks * NANOS_PER_TICK, Long::sum);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return groups;
    }

    /** Linux reports thread CPU in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** The group of a native thread's name (15 characters at most), or null for a thread the JVM names itself. */
    static String nativeKind(String name) {
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "garbage collector (native)";
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return "JIT compilers (native)";
        }
        if (name.startsWith("rocksdb:")) {
            return "RocksDB flushes and compactions (native)";
        }
        if (name.equals("VM Thread")) {
            return "JVM's VM thread (native)";
        }
        return null;
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
