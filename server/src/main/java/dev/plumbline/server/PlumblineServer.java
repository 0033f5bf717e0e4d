package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.ingest.IngestResult;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.OverloadedException;
import dev.plumbline.ingest.Policy;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.Store;
import dev.plumbline.wire.BatchDecoder;
import dev.plumbline.wire.OtlpEncoding;
import dev.plumbline.wire.OtlpExportResponse;
import dev.plumbline.wire.OtlpResult;
import dev.plumbline.wire.OtlpTraceDecoder;
import dev.plumbline.wire.RecordBatch;
import dev.plumbline.pairs.MiningConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Plumbline HTTP service on Javalin: {@code POST /v1/ingest}, {@code POST /v1/traces} (OTLP),
 * {@code GET /healthz}, {@code GET
 * /metrics}, {@code GET /v1/stats}, {@code GET /v1/pairs/summary} (kept current by a {@link BackgroundMiner}), browser feedback ({@code POST /v1/feedback-tokens}, {@code POST
 * /v1/feedback}, {@code /sdk/plumbline.js}, the {@code /example/} chat: {@link FeedbackRoutes}) and the web UI. Every error is mapped to a status in one place
 * ({@link HttpErrors}) and answered as {@code {"error": {"code", "message"}}}. Start with {@link
 * #start}, stop with {@link #close}; the store stays owned by the caller.
 */
public final class PlumblineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlumblineServer.class);

    private final ServerConfig config;
    private final FeedbackConfig feedback;
    private final Store store;
    private final IngestService ingest;
    private final Access access;
    private final BatchDecoder decoder;
    private final ServerMetrics metrics;
    private final OtlpTraceDecoder otlp = new OtlpTraceDecoder();
    private final BackgroundMiner miner;
    private final ReportInputsSource reportInputs;
    private final Javalin app;

    private PlumblineServer(ServerConfig config, Store store, FeedbackConfig feedback, ReportInputsSource reportInputs) {
        this.config = requireNonNull(config, "config is null");
        this.reportInputs = requireNonNull(reportInputs, "reportInputs is null");
        this.feedback = requireNonNull(feedback, "feedback is null");
        this.store = requireNonNull(store, "store is null");
        this.ingest = new IngestService(store.records(), config.maxQueuedRecords(), 20_000);
        this.access = new Access(store.keys(), config.openWhenNoKeys());
        this.decoder = new BatchDecoder(config.maxRecordsPerBatch());
        this.metrics = new ServerMetrics(ingest::queuedRecords);
        this.miner = new BackgroundMiner(store.records(), MiningConfig.DEFAULTS, config.mineEvery(), Clock.systemUTC());
        this.app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
        });
        routes();
    }

    /**
     * Starts the service with an in-memory feedback token secret (tokens die with the process);
     * {@link #port()} tells the port when the config asked for 0.
     */
    public static PlumblineServer start(ServerConfig config, Store store) {
        return start(config, store, FeedbackConfig.ephemeral());
    }

    /**
     * Starts the service; browser feedback tokens are signed and checked with {@code feedback}'s
     * secret; the loop-health report adds what the store holds besides records ({@link ReportInputs#stored}).
     */
    public static PlumblineServer start(ServerConfig config, Store store, FeedbackConfig feedback) {
        return start(config, store, feedback, (project, records) -> ReportInputs.stored(store, project, Instant.now()));
    }

    /** Starts the service with the loop-health report's inputs given by {@code reportInputs}. */
    public static PlumblineServer start(ServerConfig config, Store store, FeedbackConfig feedback, ReportInputsSource reportInputs) {
        PlumblineServer server = new PlumblineServer(config, store, feedback, reportInputs);
        server.app.start(config.port());
        server.miner.start();
        LOG.info("Plumbline listening on port {} with store {}", server.port(), store.location());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The ingest path the server uses, for in-process callers that must take the same path. */
    public IngestService ingestService() {
        return ingest;
    }

    private void routes() {
        app.get("/healthz", ctx -> ctx.json(java.util.Map.of("status", "ok", "store", store.location())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        app.post("/v1/ingest", this::ingest);
        app.post("/v1/traces", this::traces);
        new FeedbackRoutes(feedback, store, ingest, access, config).register(app);
        new AnnotationRoutes(store).register(app);
        app.get("/v1/stats", ctx -> {
            ProjectId project = access.require(ctx, Scope.INGEST);
            ctx.json(Responses.stats(store.records().stats(project)));
        });
        new AdminRoutes(store, access).register(app);
        new ReportRoutes(access, store, reportInputs).register(app);
        new MiningRoutes(miner, access).register(app);
        app.exception(Access.Denied.class, (e, ctx) ->
                ctx.status(e.status).json(Responses.error(e.status == 401 ? "unauthorized" : "forbidden", e.getMessage())));
        app.exception(OverloadedException.class, (e, ctx) -> {
            metrics.overloaded.inc();
            ctx.status(429).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .json(Responses.error("overloaded", e.getMessage()));
        });
        app.exception(OtlpTraceDecoder.UnsupportedMediaType.class, (e, ctx) ->
                ctx.status(415).json(Responses.error("unsupported_media_type", e.getMessage())));
        app.exception(OtlpTraceDecoder.BodyTooLarge.class, (e, ctx) ->
                ctx.status(413).json(Responses.error("body_too_large", e.getMessage())));
        app.exception(BatchDecoder.TooManyRecords.class, (e, ctx) ->
                ctx.status(413).json(Responses.error("too_many_records", e.getMessage())));
        app.exception(PlumblineException.class, (e, ctx) ->
                ctx.status(HttpErrors.status(e.type())).json(Responses.error(e.type().name().toLowerCase(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Responses.error("internal", "unexpected failure: " + e));
        });
    }

    private void ingest(Context ctx) throws IOException {
        long started = System.nanoTime();
        ProjectId project = access.require(ctx, Scope.INGEST);
        Policy policy = Policy.parse(Optional.ofNullable(ctx.queryParam("policy")).orElse("atomic"));
        Optional<byte[]> body = Bodies.read(ctx, config.maxBodyBytes());
        if (body.isEmpty()) {
            ctx.status(413).json(Responses.error("body_too_large", "the body is larger than "
                    + config.maxBodyBytes() + " bytes; split it into smaller batches"));
            return;
        }
        RecordBatch batch = decode(ctx, body.get());
        IngestResult result = ingest.ingest(project, batch, policy);
        metrics.rejected.inc(result.rejected().size());
        metrics.duplicates.inc(result.duplicates().size());
        if (result.committed()) {
            countKinds(batch, result);
            ctx.status(200).json(Responses.ingest(result));
        } else {
            ctx.status(400).json(Responses.refusedBatch(result));
        }
        metrics.batchLatency.observe((System.nanoTime() - started) / 1e9);
    }

    /**
     * OTLP/HTTP traces (protobuf or JSON, gzip or not): GenAI spans become interactions, evaluation
     * events labels; other spans are counted and skipped. Answers in the request's encoding, with
     * {@code partialSuccess} naming rejected spans.
     */
    private void traces(Context ctx) throws IOException {
        long started = System.nanoTime();
        ProjectId project = access.require(ctx, Scope.INGEST);
        Optional<byte[]> body = Bodies.readRaw(ctx, config.maxBodyBytes());
        if (body.isEmpty()) {
            ctx.status(413).json(Responses.error("body_too_large", "the body is larger than " + config.maxBodyBytes() + " bytes"));
            return;
        }
        String contentType = ctx.contentType();
        OtlpEncoding encoding = OtlpEncoding.fromContentType(contentType);
        OtlpResult result = otlp.decode(body.get(), contentType, ctx.header("Content-Encoding"));
        metrics.spansSkipped.inc(result.skippedSpans());
        if (result.unreadable()) {
            metrics.rejected.inc(result.problems().size());
            ctx.status(400).contentType(encoding.contentType())
                    .result(OtlpExportResponse.failure(OtlpExportResponse.summary(result.problems()), encoding));
            return;
        }
        IngestResult ingested = ingest.ingest(project, result.batch(), Policy.SKIP);
        metrics.rejected.inc(result.rejectedSpans());
        metrics.duplicates.inc(ingested.duplicates().size());
        countKinds(result.batch(), ingested);
        ctx.status(200).contentType(encoding.contentType()).result(OtlpExportResponse.success(result, encoding));
        metrics.batchLatency.observe((System.nanoTime() - started) / 1e9);
    }

    private RecordBatch decode(Context ctx, byte[] body) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("application/json").toLowerCase();
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/ndjson")) {
            return decoder.decodeNdjson(body);
        }
        if (type.startsWith("application/json")) {
            return decoder.decodeJsonBatch(body);
        }
        throw PlumblineException.invalidInput("unsupported Content-Type '" + type
                + "': send application/json ({\"records\": [...]}) or application/x-ndjson (one record per line)");
    }

    /** Counts committed records by kind: each id listed as a duplicate discounts one record with that id. */
    private void countKinds(RecordBatch batch, IngestResult result) {
        java.util.Map<String, Integer> duplicates = new java.util.HashMap<>();
        result.duplicates().forEach(id -> duplicates.merge(id, 1, Integer::sum));
        // counted per kind first: one labelled counter update per batch, not per record
        int[] perKind = new int[dev.plumbline.model.Kind.values().length];
        for (int i = batch.records().size() - 1; i >= 0; i--) {
            dev.plumbline.model.Record record = batch.records().get(i).record();
            Integer remaining = duplicates.get(record.id());
            if (remaining != null && remaining > 0) {
                duplicates.put(record.id(), remaining - 1);
            } else {
                perKind[record.kind().ordinal()]++;
            }
        }
        for (dev.plumbline.model.Kind kind : dev.plumbline.model.Kind.values()) {
            if (perKind[kind.ordinal()] > 0) {
                metrics.ingested.labelValues(kind.wireName()).inc(perKind[kind.ordinal()]);
            }
        }
    }

    /** Parses a JSON body for API routes that take one. */
    static JsonNode json(byte[] body) {
        try {
            return dev.plumbline.wire.Json.mapper().readTree(body);
        } catch (IOException e) {
            throw PlumblineException.invalidInput("the body is not valid JSON: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        miner.close();
        app.stop();
        ingest.close();
    }
}
