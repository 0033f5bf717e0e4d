package dev.plumbline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import dev.plumbline.wire.V1Encoder;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline bench ingest}: sustained HTTP ingest into a fresh embedded store with durable
 * commits, against the rate at which Jackson merely parses the same payload on the same machine
 * in the same run (the ratio is the figure that matters on a shared, noisy machine), plus the
 * acknowledgement latency at a fixed offered load.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Benchmark HTTP ingest into the embedded store.")
final class IngestBenchmark implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "500000", description = "Records for the throughput phase (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--batch-size", defaultValue = "1000", description = "Records per HTTP request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--latency-rate", defaultValue = "5000", description = "Offered records/s in the latency phase (default: ${DEFAULT-VALUE}).")
    int latencyRate;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-records", defaultValue = "200000", description = "Records sent, and made queryable, before"
            + " anything is timed, so the JIT has compiled the ingest path (default: ${DEFAULT-VALUE}).")
    int warmupRecords;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--duckdb-threads", defaultValue = "0", description = "DuckDB worker threads, as serve's option (default: ${DEFAULT-VALUE}, one per core less one).")
    int duckDbThreads;

    private long parseCpuNanos;
    private long parsedRecords;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Integer call() throws Exception {
        List<byte[]> batches = payload("t", records, batchSize);
        // Parsed before and after the ingest phases, and averaged: on a shared machine the load can
        // change between phases, and a ratio against one lucky or unlucky moment would mislead.
        // The server's ingest path gets a warm-up too: --warmup-records sent and applied before it is
        // timed. With 20,000 (--warmup-records 20000) the JIT compilers still used about 8 us of CPU a
        // record during the timed phase (BENCHMARKS.md, ingest): a start-up cost, not sustained ingest's.
        double parseBefore = jacksonParseRate(batches);
        Path dir = Files.createTempDirectory("plumbline-bench");
        ObjectNode result = Json.mapper().createObjectNode();
        try (Store store = DuckDbStore.open(dir, duckDbThreads);
                PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(0).withMineEvery(java.time.Duration.ZERO), store)) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/ingest");
            if (warmupRecords > 0) {
                send(uri, payload("w", warmupRecords, batchSize), clients);
                store.records().count(dev.plumbline.model.ProjectId.DEFAULT);
            }
            CpuUse before = CpuUse.now();
            long started = System.nanoTime();
            CpuUse acknowledged = send(uri, batches, clients);
            double seconds = (System.nanoTime() - started) / 1e9;
            double ingestRate = records / seconds;
            // Acknowledged means durable in the journal; queryable means applied to DuckDB. A read
            // applies whatever is still pending, so its return marks the second point.
            store.records().count(dev.plumbline.model.ProjectId.DEFAULT);
            double queryableRate = records / ((System.nanoTime() - started) / 1e9);
            CpuUse queryable = CpuUse.now().since(before);
            Histogram latency = latency(uri);
            double parseAfter = jacksonParseRate(batches);
            double parseRate = (parseBefore + parseAfter) / 2;
            result.put("jackson_parse_before_records_per_s", Math.round(parseBefore));
            result.put("jackson_parse_after_records_per_s", Math.round(parseAfter));
            machine(result);
            result.put("records", records).put("warmup_records", warmupRecords).put("batch_size", batchSize).put("clients", clients).put("duckdb_threads", duckDbThreads);
            result.put("ingest_records_per_s", Math.round(ingestRate));
            result.put("jackson_parse_records_per_s", Math.round(parseRate));
            result.put("ratio_to_parse", Math.round(ingestRate / parseRate * 1000) / 1000.0);
            result.put("queryable_records_per_s", Math.round(queryableRate));
            result.put("queryable_ratio_to_parse", Math.round(queryableRate / parseRate * 1000) / 1000.0);
            ObjectNode lat = result.putObject("latency_at_offered_rate");
            lat.put("offered_records_per_s", latencyRate).put("requests", latency.getTotalCount());
            lat.put("p50_ms", latency.getValueAtPercentile(50) / 1000.0);
            lat.put("p99_ms", latency.getValueAtPercentile(99) / 1000.0);
            lat.put("max_ms", latency.getMaxValue() / 1000.0);
            cpu(result, acknowledged.since(before), queryable);
            result.put("stored", store.records().count(dev.plumbline.model.ProjectId.DEFAULT));
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
        System.out.println(json ? result.toPrettyString() : text(result));
        return ExitCodes.OK;
    }

    static List<byte[]> payload(String prefix, int count, int batchSize) {
        V1Encoder encoder = new V1Encoder();
        List<byte[]> batches = new ArrayList<>();
        List<Record> all = new ArrayList<>();
        SampleTraffic traffic = new SampleTraffic(prefix.hashCode());
        int session = 0;
        while (all.size() < count) {
            for (Record r : traffic.sessions(1)) {
                all.add(BenchRecords.renamed(r, prefix + session + "-"));
            }
            session++;
        }
        for (int from = 0; from < count; from += batchSize) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Record r : all.subList(from, Math.min(count, from + batchSize))) {
                out.writeBytes(encoder.toJson(r).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            batches.add(out.toByteArray());
        }
        return batches;
    }

    /**
     * CPU per record: to the acknowledgement (clients, server and journal, and whatever the applier
     * did meanwhile), and until every record is queryable, with its split over the threads; and the
     * same for a Jackson parse, so the ratio does not move with the machine's load.
     */
    private void cpu(ObjectNode result, CpuUse acknowledged, CpuUse queryable) {
        ObjectNode cpu = result.putObject("cpu");
        cpu.put("acknowledged_us_per_record", round(acknowledged.processNanos() / 1e3 / records));
        cpu.put("queryable_us_per_record", round(queryable.processNanos() / 1e3 / records));
        cpu.put("jackson_parse_us_per_record", round(parseCpuNanos / 1e3 / parsedRecords));
        cpu.put("ratio_to_parse_queryable", Math.round((double) parseCpuNanos / parsedRecords / (queryable.processNanos() / (double) records) * 1000) / 1000.0);
        ObjectNode split = cpu.putObject("queryable_us_per_record_by_thread");
        long attributed = 0;
        for (var group : queryable.threadNanos().entrySet()) {
            if (group.getValue() * 1000L >= queryable.processNanos()) {
                split.put(group.getKey(), round(group.getValue() / 1e3 / records));
                attributed += group.getValue();
            }
        }
        split.put("other (DuckDB workers, ended threads, groups under 0.1%)", round((queryable.processNanos() - attributed) / 1e3 / records));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private double jacksonParseRate(List<byte[]> batches) throws Exception {
        ObjectMapper mapper = Json.mapper();
        int threads = Runtime.getRuntime().availableProcessors();
        // Warm until the JIT has compiled the parser: a cold baseline runs ten times slower and
        // would flatter the ratio.
        for (int warm = 0; warm < 3; warm++) {
            parseAll(mapper, batches, threads);
        }
        long started = System.nanoTime();
        long cpu = CpuUse.processCpuNanos();
        long parsed = parseAll(mapper, batches, threads);
        parseCpuNanos += CpuUse.processCpuNanos() - cpu;
        parsedRecords += parsed;
        return parsed / ((System.nanoTime() - started) / 1e9);
    }

    private static long parseAll(ObjectMapper mapper, List<byte[]> batches, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long n = 0;
                int i;
                while ((i = next.getAndIncrement()) < batches.size()) {
                    byte[] body = batches.get(i);
                    int start = 0;
                    for (int end = 0; end < body.length; end++) {
                        if (body[end] == '\n') {
                            mapper.readTree(body, start, end - start);
                            n++;
                            start = end + 1;
                        }
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : futures) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    /** Posts every batch from {@code threads} clients; answers the CPU used so far, taken while the clients still live. */
    private CpuUse send(URI uri, List<byte[]> batches, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < batches.size()) {
                    post(uri, batches.get(i));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        CpuUse used = CpuUse.now();
        pool.shutdown();
        return used;
    }

    private void post(URI uri, byte[] body) throws Exception {
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            if (response.statusCode() != 429) {
                throw PlumblineException.internal("ingest failed: " + response.statusCode() + " " + response.body(), null);
            }
            Thread.sleep(50);
        }
    }

    /** Open-loop load: one request of rate/50 records every 20 ms, each timed from its scheduled start. */
    private Histogram latency(URI uri) throws Exception {
        int perRequest = Math.max(1, latencyRate / 50);
        int requests = latencySeconds * 50;
        List<byte[]> batches = payload("l", perRequest * requests, perRequest);
        Histogram histogram = new Histogram(60_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < batches.size(); i++) {
            long scheduled = start + i * 20_000_000L;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
            byte[] body = batches.get(i);
            futures.add(pool.submit(() -> {
                post(uri, body);
                synchronized (histogram) {
                    histogram.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return histogram;
    }

    static void machine(ObjectNode result) {
        ObjectNode machine = result.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("load_average_1m", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String text(ObjectNode r) {
        ObjectNode lat = (ObjectNode) r.get("latency_at_offered_rate");
        return String.format("ingest over HTTP, acknowledged (durable): %,d records/s (%d clients, %d records/batch,"
                + " after %,d warm-up records)%n"
                + "ingest over HTTP, applied to DuckDB (queryable): %,d records/s%n"
                + "Jackson parse of the same payload: %,d records/s%nratio: %.3f acknowledged, %.3f queryable%n"
                + "latency at %,d records/s offered: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)",
                r.get("ingest_records_per_s").asLong(), r.get("clients").asInt(), r.get("batch_size").asInt(),
                r.get("warmup_records").asInt(), r.get("queryable_records_per_s").asLong(),
                r.get("jackson_parse_records_per_s").asLong(), r.get("ratio_to_parse").asDouble(),
                r.get("queryable_ratio_to_parse").asDouble(),
                lat.get("offered_records_per_s").asInt(), lat.get("p50_ms").asDouble(), lat.get("p99_ms").asDouble(),
                lat.get("max_ms").asDouble(), lat.get("requests").asLong())
                + cpuText((ObjectNode) r.get("cpu"));
    }

    private static String cpuText(ObjectNode cpu) {
        StringBuilder text = new StringBuilder(String.format("%nCPU per record: %.1f us to acknowledged, %.1f us to queryable;"
                + " Jackson parse %.2f us; CPU ratio %.3f%nCPU per record by thread, to queryable:",
                cpu.get("acknowledged_us_per_record").asDouble(), cpu.get("queryable_us_per_record").asDouble(),
                cpu.get("jackson_parse_us_per_record").asDouble(), cpu.get("ratio_to_parse_queryable").asDouble()));
        cpu.get("queryable_us_per_record_by_thread").fields()
                .forEachRemaining(e -> text.append(String.format("%n  %-55s %6.1f us", e.getKey(), e.getValue().asDouble())));
        return text.toString();
    }
}
