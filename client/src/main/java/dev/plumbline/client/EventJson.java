package dev.plumbline.client;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes events as wire format v1 JSON, one object per line (an {@code application/x-ndjson}
 * ingest body). Field names follow the server's decoder; absent optionals are left out and every
 * record says {@code schema_version: 1}, so a future server default cannot change its meaning.
 * Stateless and thread-safe.
 */
final class EventJson {
    static final int SCHEMA_VERSION = 1;

    private EventJson() {
    }

    static byte[] ndjson(List<? extends Event> events) {
        StringBuilder out = new StringBuilder(512 * events.size());
        for (Event event : events) {
            write(event, out);
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String line(Event event) {
        StringBuilder out = new StringBuilder(512);
        write(event, out);
        return out.toString();
    }

    private static void write(Event event, StringBuilder out) {
        JsonWriter json = new JsonWriter(out).beginObject();
        // Java 17 has no pattern switch: the sealed interface keeps this chain complete.
        if (event instanceof InteractionEvent interaction) {
            interaction(json, interaction);
        } else if (event instanceof FeedbackEvent feedback) {
            feedback(json, feedback);
        } else {
            label(json, (LabelEvent) event);
        }
        json.endObject();
    }

    private static JsonWriter header(JsonWriter json, String kind, String id) {
        return json.field("schema_version", (long) SCHEMA_VERSION).field("kind", kind).field("id", id);
    }

    private static void interaction(JsonWriter json, InteractionEvent event) {
        header(json, "interaction", event.id())
                .optionalText("session_id", event.sessionId())
                .optionalText("user_id", event.userId())
                .field("ts", event.ts().toString());
        json.object("model").field("name", event.model().name())
                .optionalText("version", event.model().version())
                .optionalText("family", event.model().family())
                .endObject();
        json.array("messages");
        for (Message message : event.messages()) {
            json.element().field("role", message.role()).field("content", message.content()).endObject();
        }
        json.endArray()
                .field("completion", event.completion())
                .optionalText("regenerates", event.regenerates())
                .optionalNumber("feedback_propensity", event.feedbackPropensity());
        event.usage().ifPresent(usage -> json.object("usage").field("input_tokens", usage.inputTokens())
                .field("output_tokens", usage.outputTokens()).endObject());
        json.stringMap("meta", event.meta());
    }

    private static void feedback(JsonWriter json, FeedbackEvent event) {
        header(json, "feedback", event.id())
                .field("interaction_id", event.interactionId())
                .field("ts", event.ts().toString())
                .field("type", event.type().wireName());
        actor(json, event.actor())
                .optionalNumber("value", event.value())
                .optionalNumber("scale", event.scale())
                .optionalText("text", event.text())
                .optionalText("name", event.name())
                .optionalText("reason", event.reason());
        if (!event.chosen().isEmpty()) {
            json.strings("chosen", event.chosen());
        }
        if (!event.rejected().isEmpty()) {
            json.strings("rejected", event.rejected());
        }
        json.stringMap("meta", event.meta());
    }

    private static void label(JsonWriter json, LabelEvent event) {
        header(json, "label", event.id());
        if (event.subject().size() == 2) {
            json.object("subject").strings("pair", event.subject()).endObject();
        } else {
            json.object("subject").field("item", event.subject().get(0)).endObject();
        }
        if (!event.value().isEmpty()) {
            json.field("value", event.value());
        }
        actor(json, event.actor())
                .field("saw_draft", event.sawDraft())
                .optionalText("guideline", event.guideline())
                .field("ts", event.ts().toString());
        if (!event.order().isEmpty()) {
            json.strings("order", event.order());
        }
        json.optionalText("raw", event.raw());
        if (event.unparsed()) {
            json.field("unparsed", true);
        }
        json.optionalText("scale", event.scale()).optionalText("round", event.round()).stringMap("meta", event.meta());
    }

    private static JsonWriter actor(JsonWriter json, Actor actor) {
        return json.object("actor").field("role", actor.role().wireName())
                .optionalText("id", actor.id())
                .optionalText("family", actor.family())
                .endObject();
    }
}
