package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.ingest.IngestResult;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.Policy;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.wire.RecordBatch;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The scripted "model" behind the example chat page ({@code /example/}): {@code POST
 * /example/chat} with {@code {"message", "session_id", "regenerates"?, "feedback_propensity"?}}
 * picks a canned answer, stores the interaction server side as a product's backend would, and
 * mints a feedback token for it, the two steps a developer copies. Needs an {@code ingest} key
 * like any write, so it works keyless only on an open loopback install.
 */
final class ExampleRoutes {
    static final ModelRef MODEL = ModelRef.of("scripted-example", "1", "none");

    private static final List<String> ANSWERS = List.of(
            "Dear customer,\n\nThank you for your patience. Your refund of 42.00 EUR was issued today and should"
                    + " reach your account within five working days.\n\nKind regards,\nThe Support Team",
            "Hi there,\n\nGood news: we have processed your refund (42.00 EUR). Expect it within a week."
                    + "\n\nBest,\nSupport",
            "To reset your password, open Settings, choose Security, then Reset password. A link arrives by"
                    + " e-mail within a minute and stays valid for one hour.",
            "A short summary: the release moves to Thursday, the migration runs overnight, and nobody needs"
                    + " to change anything on their side.");

    private final FeedbackTokens tokens;
    private final IngestService ingest;
    private final Access access;
    private final Duration ttl;

    ExampleRoutes(FeedbackTokens tokens, IngestService ingest, Access access, Duration ttl) {
        this.tokens = tokens;
        this.ingest = ingest;
        this.access = access;
        this.ttl = ttl;
    }

    void register(Javalin app) {
        app.post("/example/chat", this::chat);
    }

    private void chat(Context ctx) throws IOException {
        ProjectId project = access.require(ctx, Scope.INGEST);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        Interaction interaction = answer(body);
        IngestResult stored = ingest.ingest(project, new RecordBatch(
                List.of(new RecordBatch.IndexedRecord(0, interaction)), List.of(), 1), Policy.ATOMIC);
        if (!stored.committed()) {
            throw PlumblineException.invalidInput("the example interaction was refused: " + stored.rejected());
        }
        ObjectNode reply = FeedbackRoutes.issued(tokens.issue(project, FeedbackScope.interaction(interaction.id()), ttl));
        reply.put("completion", interaction.completion());
        interaction.regenerates().ifPresent(previous -> reply.put("regenerates", previous));
        ctx.json(reply);
    }

    private static Interaction answer(JsonNode body) {
        String message = text(body, "message").orElseThrow(() -> PlumblineException.invalidInput("message is required"));
        Optional<String> regenerates = text(body, "regenerates");
        int pick = Math.floorMod(message.hashCode() + (regenerates.isPresent() ? 1 : 0), ANSWERS.size());
        Optional<Double> propensity = body.path("feedback_propensity").isNumber()
                ? Optional.of(body.get("feedback_propensity").asDouble()) : Optional.empty();
        return new Interaction("ex-" + UUID.randomUUID(), text(body, "session_id"), text(body, "user_id"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), MODEL, List.of(Message.user(message)), ANSWERS.get(pick),
                regenerates, propensity, Optional.empty(), Map.of("feature", "example-chat"));
    }

    private static Optional<String> text(JsonNode body, String field) {
        return body.path(field).isTextual() && !body.get(field).asText().isBlank()
                ? Optional.of(body.get(field).asText()) : Optional.empty();
    }
}
