package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.wire.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline bench mine}: streams generated records (no file) through sessions, signals, pairs
 * and filters and reports records/s by wall clock and by CPU time of the mining thread (the fair
 * figure on a shared machine), the peak live heap, and how time grows from the smallest to the largest run.
 */
@Command(name = "mine", mixinStandardHelpOptions = true,
        description = "Benchmark streaming mining: records/s, CPU seconds, peak live heap, growth.")
final class MineBenchmark implements Callable<Integer> {
    @Option(names = "--records", split = ",", defaultValue = "1000000,10000000",
            description = "Run sizes in records, comma separated (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "300000",
            description = "Records mined first and not reported, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        ObjectNode result = Json.mapper().createObjectNode();
        IngestBenchmark.machine(result);
        result.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        result.put("warmup_records", warmup);
        if (warmup > 0) {
            run(warmup);
        }
        ArrayNode runs = result.putArray("runs");
        for (long size : sizes) {
            runs.add(run(size));
        }
        growth(result, runs);
        if (json) {
            System.out.println(result.toPrettyString());
        } else {
            runs.forEach(run -> System.out.printf(
                    "mine %,d records: %,d records/s wall, %,d records per CPU-second, %.1f CPU s, %,d pairs, peak live heap %,d MiB%n",
                    run.get("records").asLong(), run.get("records_per_s").asLong(),
                    run.get("records_per_cpu_s").asLong(), run.get("cpu_seconds").asDouble(), run.get("pairs").asLong(),
                    run.get("peak_live_heap_mib").asLong()));
            if (result.has("growth")) {
                System.out.println("growth: " + result.get("growth"));
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode run(long size) {
        System.gc();
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(liveHeap(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
        long[] signals = new long[1];
        long cpuStart = threadCpu();
        long processStart = processCpu();
        long started = System.nanoTime();
        MiningResult mined = Miner.mine(new SessionStream(new MineTraffic(size, seed), SessionConfig.DEFAULTS,
                MineTraffic.T0.plusSeconds(size)), MiningConfig.DEFAULTS, signal -> signals[0]++);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (threadCpu() - cpuStart) / 1e9;
        double processCpuSeconds = (processCpu() - processStart) / 1e9;
        peak.accumulateAndGet(liveHeap(), Math::max);
        sampler.shutdownNow();
        ObjectNode run = Json.mapper().createObjectNode();
        run.put("records", size).put("sessions", mined.dataset().report().lineage().sessions());
        run.put("signals", signals[0]).put("candidates", mined.dataset().report().candidates());
        run.put("pairs", mined.dataset().pairs().size());
        run.put("seconds", round(seconds)).put("records_per_s", Math.round(size / seconds));
        run.put("cpu_seconds", round(cpu)).put("records_per_cpu_s", Math.round(size / cpu));
        run.put("process_cpu_seconds", round(processCpuSeconds));
        run.put("peak_live_heap_mib", peak.get() >> 20);
        return run;
    }

    /** Time of the largest run over the smallest, against the ratio of their sizes: linear when they match. */
    private static void growth(ObjectNode result, ArrayNode runs) {
        if (runs.size() < 2) {
            return;
        }
        ObjectNode first = (ObjectNode) runs.get(0);
        ObjectNode last = (ObjectNode) runs.get(runs.size() - 1);
        ObjectNode growth = result.putObject("growth");
        growth.put("size_ratio", round(last.get("records").asDouble() / first.get("records").asDouble()));
        growth.put("cpu_time_ratio", round(last.get("cpu_seconds").asDouble() / first.get("cpu_seconds").asDouble()));
        growth.put("wall_time_ratio", round(last.get("seconds").asDouble() / first.get("seconds").asDouble()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU of the whole process, garbage collection included. */
    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    /** Heap in use after the most recent collection, summed over heap pools: live data, not garbage. */
    private static long liveHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                total += pool.getCollectionUsage().getUsed();
            }
        }
        return total;
    }
}
