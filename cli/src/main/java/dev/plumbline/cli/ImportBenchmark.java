package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.ingest.Importer;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.Policy;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.wire.Json;
import dev.plumbline.wire.JsonlReader;
import dev.plumbline.wire.V1Encoder;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline bench import}: imports generated JSONL files of growing size into fresh
 * embedded stores and reports records/s and the peak of live heap (heap in use right after
 * collections), which must stay flat as the file grows.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Benchmark JSONL import: records/s and peak live heap.")
final class ImportBenchmark implements Callable<Integer> {
    @Option(names = "--records", split = ",", defaultValue = "100000,1000000",
            description = "File sizes in records, comma separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ObjectNode result = Json.mapper().createObjectNode();
        IngestBenchmark.machine(result);
        ArrayNode runs = result.putArray("runs");
        for (int size : sizes) {
            runs.add(run(size));
        }
        if (json) {
            System.out.println(result.toPrettyString());
        } else {
            for (var run : runs) {
                System.out.printf("import of %,d records (%,d MiB): %,d records/s, peak live heap %,d MiB%n",
                        run.get("records").asLong(), run.get("file_mib").asLong(), run.get("records_per_s").asLong(),
                        run.get("peak_live_heap_mib").asLong());
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode run(int size) throws Exception {
        Path dir = Files.createTempDirectory("plumbline-import-bench");
        try {
            Path file = dir.resolve("input.jsonl");
            generate(file, size);
            System.gc();
            AtomicLong peak = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(liveHeap(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            Importer.Summary summary;
            try (DuckDbStore store = DuckDbStore.open(dir.resolve("data"));
                    IngestService ingest = IngestService.withDefaults(store.records());
                    InputStream in = JsonlReader.open(file)) {
                Importer importer = new Importer(ingest, ProjectId.DEFAULT, Policy.SKIP, 5000);
                new JsonlReader().read(in, importer::accept);
                summary = importer.finish();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.shutdownNow();
            ObjectNode run = Json.mapper().createObjectNode();
            run.put("records", size).put("file_mib", Files.size(file) >> 20).put("accepted", summary.accepted());
            run.put("seconds", Math.round(seconds * 10) / 10.0).put("records_per_s", Math.round(size / seconds));
            run.put("peak_live_heap_mib", peak.get() >> 20);
            return run;
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
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

    private static void generate(Path file, int size) throws Exception {
        V1Encoder encoder = new V1Encoder();
        SampleTraffic traffic = new SampleTraffic(size);
        int written = 0;
        int session = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < size) {
                for (Record r : traffic.sessions(1)) {
                    if (written++ < size) {
                        out.write(encoder.toJson(BenchRecords.renamed(r, "b" + session + "-")));
                        out.write('\n');
                    }
                }
                session++;
            }
        }
    }
}
