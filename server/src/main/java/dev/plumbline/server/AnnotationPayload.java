package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.annotation.SideOrder;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.store.Lease;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a queued pair carries (its payload: prompt, conversation context, both texts by interaction
 * id, and the source, confidence and verdicts that only assisted queues show) and what an annotator
 * is sent for a lease: blind by default, with the sides in the seeded order the label will record.
 */
public final class AnnotationPayload {
    private static final ObjectMapper MAPPER = Json.mapper();

    private AnnotationPayload() {
    }

    /** The queue item for a fed pair; {@code gold} is its known answer ({@code A}, {@code B} or {@code tie}) if any. */
    public static QueueItem item(FedPair fed, List<Message> context, Optional<String> gold, Instant now) {
        PairCandidate pair = fed.pair();
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("prompt", pair.prompt());
        ArrayNode messages = payload.putArray("context");
        context.forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
        payload.putObject("texts").put(pair.first(), pair.firstText()).put(pair.second(), pair.secondText());
        payload.put("source", pair.source());
        payload.put("confidence", pair.confidence());
        pair.judgeVerdict().ifPresent(v -> payload.put("judge", v));
        pair.implicitVerdict().ifPresent(v -> payload.put("implicit", v));
        pair.segment().ifPresent(v -> payload.put("segment", v));
        return new QueueItem(fed.itemId(), pair.subject(), payload.toString(), fed.policy(), gold, now);
    }

    /** A pair candidate from its JSON form (the shape {@code annotate add-items} reads from files). */
    public static PairCandidate candidate(JsonNode pair) {
        return new PairCandidate(pair.path("first").asText(), pair.path("second").asText(),
                pair.path("prompt").asText(""), pair.path("first_text").asText(""), pair.path("second_text").asText(""),
                pair.path("source").asText("manual"), pair.path("confidence").asDouble(0),
                Optional.ofNullable(pair.path("judge").textValue()), Optional.ofNullable(pair.path("implicit").textValue()),
                Optional.ofNullable(pair.path("segment").textValue()));
    }

    /**
     * The queue item for one pair in JSON ({@code first}, {@code second}, {@code prompt}, {@code
     * first_text}, {@code second_text}, optional {@code source}, {@code confidence}, {@code judge},
     * {@code implicit}, {@code segment}, {@code context} messages and {@code gold} answer).
     */
    public static QueueItem item(JsonNode pair, String policy, Instant now) {
        PairCandidate candidate = candidate(pair);
        List<Message> context = new java.util.ArrayList<>();
        pair.path("context").forEach(m -> context.add(new Message(m.path("role").asText(), m.path("content").asText())));
        return item(new FedPair(candidate.itemId(), policy, candidate), context,
                Optional.ofNullable(pair.path("gold").textValue()), now);
    }

    /** The side order an annotator sees for a pairwise lease. */
    static List<String> order(Queue queue, Lease lease) {
        return SideOrder.of(queue.seed(), lease.item().id(), lease.annotator(), pair(lease));
    }

    static LabelSubject.Pair pair(Lease lease) {
        if (lease.item().subject() instanceof LabelSubject.Pair pair) {
            return pair;
        }
        throw PlumblineException.invalidInput("item " + lease.item().id() + " is not a pair");
    }

    /** The annotator's view of a lease: no ids, model names, sources or verdicts unless the queue is assisted. */
    static ObjectNode view(Queue queue, Lease lease) {
        JsonNode payload = parse(lease.item().payload());
        ObjectNode view = MAPPER.createObjectNode();
        view.put("lease", lease.id());
        view.put("queue", queue.id());
        view.put("kind", queue.kind().wireName());
        view.put("expires_at", lease.expiresAt().toString());
        view.put("guideline", queue.guideline());
        queue.guidelineUrl().ifPresent(url -> view.put("guideline_url", url));
        view.put("prompt", payload.path("prompt").asText(""));
        view.set("context", payload.path("context").isArray() ? payload.get("context") : MAPPER.createArrayNode());
        if (lease.item().subject() instanceof LabelSubject.Pair pair) {
            List<String> order = order(queue, lease);
            view.put("left", payload.path("texts").path(order.get(0)).asText(""));
            view.put("right", payload.path("texts").path(order.get(1)).asText(""));
            if (queue.assisted() && payload.hasNonNull("judge")) {
                view.put("suggestion", suggestion(payload.get("judge").asText(), order, pair));
            }
        } else {
            view.put("text", payload.path("text").asText(""));
        }
        return view;
    }

    /** A canonical verdict as the side it points at in this annotator's order. */
    private static String suggestion(String verdict, List<String> order, LabelSubject.Pair pair) {
        if (verdict.equals("tie")) {
            return "tie";
        }
        String chosen = verdict.equals("A") ? pair.first() : pair.second();
        return order.get(0).equals(chosen) ? "left" : "right";
    }

    private static JsonNode parse(String payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (IOException e) {
            throw PlumblineException.internal("a queue item's payload is not JSON", e);
        }
    }
}
