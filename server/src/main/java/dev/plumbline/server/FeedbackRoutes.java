package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.ingest.IngestResult;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.Policy;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.Store;
import dev.plumbline.wire.BatchDecoder;
import dev.plumbline.wire.Json;
import dev.plumbline.wire.RecordBatch;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Feedback from browsers. {@code POST /v1/feedback-tokens} (an {@code ingest} key, server side
 * only) issues a token scoped to one interaction or session; {@code POST /v1/feedback} accepts a
 * v1 feedback batch {@code {"token": ..., "records": [...]}} with that token, in the body (any
 * Content-Type, so {@code navigator.sendBeacon} works without a preflight) or as {@code
 * Authorization: Bearer pft1...}. CORS answers only origins the {@link FeedbackConfig} allows, and
 * a post from any other origin is refused. Also serves the browser SDK's CORS headers and the
 * example chat's scripted model ({@link ExampleRoutes}).
 */
final class FeedbackRoutes {
    static final String TOKENS = "/v1/feedback-tokens";
    static final String FEEDBACK = "/v1/feedback";
    /** Most records one token may post to one server: ample for one answer, too few to flood it. */
    static final long RECORDS_PER_TOKEN = 500;

    private final FeedbackConfig config;
    private final FeedbackTokens tokens;
    private final TokenBudget budget = new TokenBudget(RECORDS_PER_TOKEN, Clock.systemUTC());
    private final Store store;
    private final IngestService ingest;
    private final Access access;
    private final BatchDecoder decoder;
    private final long maxBodyBytes;

    FeedbackRoutes(FeedbackConfig config, Store store, IngestService ingest, Access access, ServerConfig server) {
        this.config = config;
        this.tokens = new FeedbackTokens(config, Clock.systemUTC());
        this.store = store;
        this.ingest = ingest;
        this.access = access;
        this.decoder = new BatchDecoder(server.maxRecordsPerBatch());
        this.maxBodyBytes = server.maxBodyBytes();
    }

    void register(Javalin app) {
        app.post(TOKENS, this::issue);
        app.before(FEEDBACK, this::cors);
        app.options(FEEDBACK, ctx -> ctx.status(204));
        app.post(FEEDBACK, this::feedback);
        app.before("/sdk/*", this::cors);
        new ExampleRoutes(tokens, ingest, access, config.defaultTtl()).register(app);
    }

    /** The JSON answer to a token request; also what the example's model hands its page. */
    static ObjectNode issued(FeedbackTokens.Issued issued) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("token", issued.token());
        node.put(issued.content().scope().kind().field(), issued.content().scope().id());
        node.put("expires_at", issued.content().expiresAt().toString());
        return node;
    }

    private void issue(Context ctx) throws IOException {
        ProjectId project = access.require(ctx, Scope.INGEST);
        JsonNode body = PlumblineServer.json(Bodies.read(ctx, 64 * 1024).orElseThrow(() ->
                PlumblineException.invalidInput("a token request is a small JSON object")));
        FeedbackScope scope = scope(body);
        ctx.status(201).json(issued(tokens.issue(project, scope, ttl(body))));
    }

    private static FeedbackScope scope(JsonNode body) {
        boolean interaction = body.path("interaction_id").isTextual();
        boolean session = body.path("session_id").isTextual();
        if (interaction == session) {
            throw PlumblineException.invalidInput("name exactly one scope: {\"interaction_id\": \"...\"} or"
                    + " {\"session_id\": \"...\"} (a string)");
        }
        return interaction ? FeedbackScope.interaction(body.get("interaction_id").asText())
                : FeedbackScope.session(body.get("session_id").asText());
    }

    private Duration ttl(JsonNode body) {
        JsonNode ttl = body.path("ttl_seconds");
        if (ttl.isMissingNode() || ttl.isNull()) {
            return config.defaultTtl();
        }
        if (!ttl.canConvertToLong() || !ttl.isIntegralNumber() || ttl.asLong() < 1
                || ttl.asLong() > config.maxTtl().toSeconds()) {
            throw PlumblineException.invalidInput("ttl_seconds must be a whole number from 1 to "
                    + config.maxTtl().toSeconds() + ", was " + ttl);
        }
        return Duration.ofSeconds(ttl.asLong());
    }

    /** Answers allowed origins; a request from any other origin is refused before it is read. */
    private void cors(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        if (!config.allows(origin) && !sameOrigin(ctx, origin)) {
            throw new Access.Denied(403, "origin " + origin + " may not post feedback to this server"
                    + " (allowed: " + config.allowedOrigins() + ")");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Methods", "POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
    }

    /** Pages the server hosts itself (the example) post with their own origin, whatever the list says. */
    private static boolean sameOrigin(Context ctx, String origin) {
        int host = origin.indexOf("://");
        return host > 0 && origin.substring(host + 3).equalsIgnoreCase(String.valueOf(ctx.header("Host")));
    }

    private void feedback(Context ctx) throws IOException {
        Optional<byte[]> body = Bodies.read(ctx, maxBodyBytes);
        if (body.isEmpty()) {
            ctx.status(413).json(Responses.error("body_too_large", "the body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        JsonNode json = PlumblineServer.json(body.get());
        FeedbackToken token = tokens.verify(token(ctx, json));
        RecordBatch batch = decoder.decodeJsonBatch(body.get());
        new ScopeCheck(store.records(), token).require(batch);
        if (!budget.take(token, batch.size())) {
            ctx.status(429).json(Responses.error("token_budget_spent", "this feedback token has posted its "
                    + budget.limit() + " records; the product's server can mint a new one"));
            return;
        }
        Policy policy = Policy.parse(Optional.ofNullable(ctx.queryParam("policy")).orElse("atomic"));
        IngestResult result = ingest.ingest(token.project(), batch, policy);
        if (result.committed()) {
            ctx.status(200).json(Responses.ingest(result));
        } else {
            ctx.status(400).json(Responses.refusedBatch(result));
        }
    }

    private static String token(Context ctx, JsonNode body) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        if (body.path("token").isTextual()) {
            return body.get("token").asText();
        }
        throw new Access.Denied(401, "a feedback token is required: send {\"token\": \"pft1...\", \"records\": [...]}"
                + " or 'Authorization: Bearer pft1...' (mint one with POST " + TOKENS + ")");
    }
}
