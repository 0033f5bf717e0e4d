package dev.plumbline.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

/** The service's Prometheus metrics, in a registry of its own (so two servers in one JVM don't mix). */
final class ServerMetrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    final Counter ingested;
    final Counter duplicates;
    final Counter rejected;
    final Counter spansSkipped;
    final Counter overloaded;
    final Histogram batchLatency;

    ServerMetrics(LongSupplier queueDepth) {
        ingested = Counter.builder().name("plumbline_ingested_records_total")
                .help("records committed, by kind").labelNames("kind").register(registry);
        duplicates = Counter.builder().name("plumbline_duplicate_records_total")
                .help("records received again and not stored twice").register(registry);
        rejected = Counter.builder().name("plumbline_rejected_records_total")
                .help("records refused as invalid").register(registry);
        spansSkipped = Counter.builder().name("plumbline_otlp_spans_skipped_total")
                .help("OTLP spans that were not GenAI spans").register(registry);
        overloaded = Counter.builder().name("plumbline_overloaded_requests_total")
                .help("requests refused with 429 because the ingest queue was full").register(registry);
        batchLatency = Histogram.builder().name("plumbline_ingest_batch_seconds")
                .help("time from receiving an ingest request to its acknowledgement")
                .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
                .register(registry);
        GaugeWithCallback.builder().name("plumbline_ingest_queue_records")
                .help("records waiting for the ingest writer").callback(cb -> cb.call(queueDepth.getAsLong()))
                .register(registry);
    }

    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PrometheusTextFormatWriter(false).write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
