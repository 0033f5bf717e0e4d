package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.model.Record;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.wire.Json;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline bench mine}: streams generated records (no file) through sessions, signals, pairs
 * and filters and reports records/s by wall clock and by CPU time of the mining thread (the fair
 * figure on a shared machine), the live heap (measured after a full collection at ten points of the
 * input and every 200,000 pairs written, so it is live data and not garbage), the largest heap seen
 * after any collection, and how time grows from the smallest to the largest run. Run it with
 * {@code -Xmx1g} to show the miner fits.
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
        HeapWatch heap = HeapWatch.start();
        long[] signals = new long[1];
        long[] pairs = new long[1];
        long every = Math.max(1, size / 10);
        long cpuStart = threadCpu();
        long processStart = CpuUse.processCpuNanos();
        long started = System.nanoTime();
        Iterator<Record> traffic = heap.probing(new MineTraffic(size, seed), every);
        DatasetReport report = Miner.mine(new SessionStream(traffic, SessionConfig.DEFAULTS,
                MineTraffic.T0.plusSeconds(size)), MiningConfig.DEFAULTS, signal -> signals[0]++, pair -> {
                    if (pairs[0]++ % 200_000 == 0) {
                        heap.probe();
                    }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (threadCpu() - cpuStart) / 1e9;
        double processCpuSeconds = (CpuUse.processCpuNanos() - processStart) / 1e9;
        heap.stop();
        ObjectNode run = Json.mapper().createObjectNode();
        run.put("records", size).put("sessions", report.lineage().sessions());
        run.put("signals", signals[0]).put("candidates", report.candidates());
        run.put("pairs", pairs[0]);
        run.put("seconds", round(seconds)).put("records_per_s", Math.round(size / seconds));
        run.put("cpu_seconds", round(cpu)).put("records_per_cpu_s", Math.round(size / cpu));
        run.put("process_cpu_seconds", round(processCpuSeconds));
        run.put("peak_live_heap_mib", heap.peakLive() >> 20);
        run.put("peak_heap_after_any_gc_mib", heap.peakAfterGc() >> 20);
        ArrayNode probes = run.putArray("live_heap_mib_at_probes");
        heap.probes().forEach(bytes -> probes.add(bytes >> 20));
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


}
