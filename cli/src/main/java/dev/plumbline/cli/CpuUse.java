package dev.plumbline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time a benchmark phase used: the whole process, and its threads grouped by name, so a
 * figure can say where the time went. On a shared machine wall-clock rates move with the load; CPU
 * seconds per record move much less. On Linux the JVM's own native threads are read from
 * {@code /proc/self/task} and grouped too (the garbage collector, the JIT compilers, RocksDB's
 * background flushes and compactions, the VM thread); what no group holds (DuckDB's worker threads,
 * which have no name of their own, and threads that ended before the phase's last snapshot) is the
 * difference. Differences are taken thread by thread, so a thread that ends or starts between two
 * snapshots does not move its group's figure by its whole lifetime.
 */
final class CpuUse {
    /** Linux reports thread CPU in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private record ThreadUse(String group, long nanos) {
    }

    private final long processNanos;
    /** By thread: {@code jvm:ID} for the JVM's threads, {@code task:TID} for the native ones. */
    private final Map<String, ThreadUse> threads;

    private CpuUse(long processNanos, Map<String, ThreadUse> threads) {
        this.processNanos = processNanos;
        this.threads = threads;
    }

    /** What the process and each of its threads have used so far. */
    static CpuUse now() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, ThreadUse> threads = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long nanos = mx.getThreadCpuTime(id);
            ThreadInfo info = mx.getThreadInfo(id);
            if (nanos > 0 && info != null) {
                threads.put("jvm:" + id, new ThreadUse(group(info.getThreadName()), nanos));
            }
        }
        threads.putAll(nativeThreads());
        return new CpuUse(processCpuNanos(), threads);
    }

    /** CPU used between {@code earlier} and this snapshot; a thread started meanwhile counts from zero. */
    CpuUse since(CpuUse earlier) {
        Map<String, ThreadUse> used = new HashMap<>();
        threads.forEach((thread, use) -> {
            ThreadUse before = earlier.threads.get(thread);
            long nanos = use.nanos() - (before == null ? 0 : before.nanos());
            if (nanos > 0) {
                used.put(thread, new ThreadUse(use.group(), nanos));
            }
        });
        return new CpuUse(processNanos - earlier.processNanos, used);
    }

    long processNanos() {
        return processNanos;
    }

    double processSeconds() {
        return processNanos / 1e9;
    }

    /** CPU by group of threads, in the groups' name order. */
    Map<String, Long> threadNanos() {
        Map<String, Long> groups = new TreeMap<>();
        threads.values().forEach(use -> groups.merge(use.group(), use.nanos(), Long::sum));
        return groups;
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

    /** The JVM's native threads, from {@code /proc/self/task/N/stat}; none where there is no such file system. */
    private static Map<String, ThreadUse> nativeThreads() {
        Map<String, ThreadUse> threads = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return threads;
        }
        try (var listing = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) listing::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // pid (comm) state ppid ... utime stime: fields 14 and 15, counted after the name's closing parenthesis
                int close = stat.lastIndexOf(')');
                String kind = nativeKind(stat.substring(stat.indexOf('(') + 1, close));
                if (kind != null) {
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    threads.put("task:" + task.getFileName(), new ThreadUse(kind, ticks * NANOS_PER_TICK));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
        return threads;
    }

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
}
