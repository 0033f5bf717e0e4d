package dev.plumbline.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code plumbline bench simulate}: a month (five weeks, to be safe) of traffic for a number of users
 * (the target is 50,000 in under a minute), encoded as v1 JSONL, either counted in memory or written
 * to a file. Reports records per second. Not thread-safe.
 */
public final class SimulationBenchmark {
    public static final int WEEKS = 5;

    /**
     * What one benchmark run measured: {@code bytes} is the JSONL size, {@code seconds} wall-clock
     * time, {@code cpuSeconds} the CPU time of the whole process during the run (all threads, GC
     * included), which shows how much of the wall time was spent waiting for a busy machine.
     */
    public record Result(int users, int weeks, long records, long interactions, long bytes, double seconds,
            double cpuSeconds, double recordsPerSecond) {
        public String summary() {
            return String.format(java.util.Locale.ROOT, "simulate: %,d users x %d weeks -> %,d records "
                    + "(%,d interactions, %,d MB JSONL) in %.1f s (%.1f s CPU) = %,.0f records/s",
                    users, weeks, records, interactions, bytes >> 20, seconds, cpuSeconds, recordsPerSecond);
        }
    }

    private SimulationBenchmark() {
    }

    /** Simulates and encodes every record, counting the bytes instead of writing them. */
    public static Result run(int users, long seed) {
        SimulationConfig config = config(users, seed);
        CountingWriter out = new CountingWriter();
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        GroundTruth truth = new SimulationWriter().writeRecords(config, out);
        return result(config, truth, out.count, System.nanoTime() - started, processCpuNanos() - cpu);
    }

    /** Simulates and writes the JSONL file (and ground truth) to {@code jsonl}. */
    public static Result run(int users, long seed, Path jsonl) {
        SimulationConfig config = config(users, seed);
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        GroundTruth truth = new SimulationWriter().write(config, jsonl);
        long elapsed = System.nanoTime() - started;
        try {
            return result(config, truth, Files.size(jsonl), elapsed, processCpuNanos() - cpu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SimulationConfig config(int users, long seed) {
        return SimulationConfig.defaults().withUsers(users).withWeeks(WEEKS).withSeed(seed);
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Result result = args.length > 1 ? run(users, 42, Path.of(args[1])) : run(users, 42);
        System.out.println(result.summary());
    }

    private static Result result(SimulationConfig config, GroundTruth truth, long bytes, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        long records = truth.traffic().records();
        return new Result(config.users(), config.weeks(), records, truth.traffic().interactions(), bytes, seconds,
                cpuNanos / 1e9, records / seconds);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Counts characters (UTF-16 units; close enough to bytes for ASCII-heavy JSON) and discards them. */
    private static final class CountingWriter extends Writer {
        private long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text) {
            count += text.length();
        }

        @Override
        public void write(int c) {
            count++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
