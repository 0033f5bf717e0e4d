package dev.plumbline.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes records in wire format v1. Output is canonical: fields in a fixed order, absent optionals
 * left out, so that {@code decode(encode(r))} equals {@code r}. Thread-safe.
 */
public final class V1Encoder {
    private final ObjectMapper mapper = Json.mapper();

    public ObjectNode encode(Record record) {
        // Java 17 has no pattern switch: the sealed hierarchy keeps this chain complete.
        if (record instanceof Interaction interaction) {
            return interaction(interaction);
        }
        if (record instanceof Feedback feedback) {
            return feedback(feedback);
        }
        return label((Label) record);
    }

    /** The record as one line of v1 JSON, streamed (no tree is built). */
    public String toJson(Record record) {
        return V1Writer.write(record);
    }

    private ObjectNode interaction(Interaction interaction) {
        ObjectNode node = header("interaction", interaction.id());
        interaction.sessionId().ifPresent(v -> node.put("session_id", v));
        interaction.userId().ifPresent(v -> node.put("user_id", v));
        node.put("ts", interaction.ts().toString());
        ObjectNode model = node.putObject("model");
        model.put("name", interaction.model().name());
        interaction.model().version().ifPresent(v -> model.put("version", v));
        interaction.model().family().ifPresent(v -> model.put("family", v));
        ArrayNode messages = node.putArray("messages");
        for (Message message : interaction.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        node.put("completion", interaction.completion());
        interaction.regenerates().ifPresent(v -> node.put("regenerates", v));
        interaction.feedbackPropensity().ifPresent(v -> node.put("feedback_propensity", v));
        interaction.usage().ifPresent(u -> node.putObject("usage")
                .put("input_tokens", u.inputTokens()).put("output_tokens", u.outputTokens()));
        meta(node, interaction.meta());
        return node;
    }

    private ObjectNode feedback(Feedback feedback) {
        ObjectNode node = header("feedback", feedback.id());
        node.put("interaction_id", feedback.interactionId());
        node.put("ts", feedback.ts().toString());
        node.put("type", feedback.type().wireName());
        actor(node, feedback.actor());
        feedback.value().ifPresent(v -> node.put("value", v));
        feedback.scale().ifPresent(v -> node.put("scale", v));
        feedback.text().ifPresent(v -> node.put("text", v));
        feedback.name().ifPresent(v -> node.put("name", v));
        feedback.reason().ifPresent(v -> node.put("reason", v));
        strings(node, "chosen", feedback.chosen());
        strings(node, "rejected", feedback.rejected());
        meta(node, feedback.meta());
        return node;
    }

    private ObjectNode label(Label label) {
        ObjectNode node = header("label", label.id());
        ObjectNode subject = node.putObject("subject");
        if (label.subject() instanceof LabelSubject.Pair pair) {
            subject.putArray("pair").add(pair.first()).add(pair.second());
        } else {
            subject.put("item", ((LabelSubject.Item) label.subject()).id());
        }
        if (!label.value().isEmpty()) {
            node.put("value", label.value());
        }
        actor(node, label.actor());
        node.put("saw_draft", label.sawDraft());
        label.guideline().ifPresent(v -> node.put("guideline", v));
        node.put("ts", label.ts().toString());
        strings(node, "order", label.order());
        label.raw().ifPresent(v -> node.put("raw", v));
        if (label.unparsed()) {
            node.put("unparsed", true);
        }
        label.scale().ifPresent(v -> node.put("scale", v));
        label.round().ifPresent(v -> node.put("round", v));
        meta(node, label.meta());
        return node;
    }

    private ObjectNode header(String kind, String id) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", kind);
        node.put("id", id);
        return node;
    }

    private static void actor(ObjectNode node, Actor actor) {
        ObjectNode out = node.putObject("actor");
        out.put("role", actor.role().wireName());
        actor.id().ifPresent(v -> out.put("id", v));
        actor.family().ifPresent(v -> out.put("family", v));
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void meta(ObjectNode node, Map<String, String> meta) {
        if (!meta.isEmpty()) {
            ObjectNode out = node.putObject("meta");
            meta.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
    }

}
