package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.plumbline.model.Actor;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams a record as v1 JSON text with Jackson's generator, without building a tree: the hot
 * path of ingest and export, and the one definition of the v1 field layout.
 * Stateless and thread-safe.
 */
final class V1Writer {
    private V1Writer() {
    }

    static String write(Record record) {
        // The factory's recycled buffers, as ObjectMapper.writeValueAsString uses them: this runs for
        // every ingested record, and a StringWriter copies (and locks) on every write.
        com.fasterxml.jackson.core.JsonFactory factory = Json.mapper().getFactory();
        BufferRecycler buffers = factory._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator json = factory.createGenerator(out)) {
                json.writeStartObject();
                if (record instanceof Interaction interaction) {
                    interaction(json, interaction);
                } else if (record instanceof Feedback feedback) {
                    feedback(json, feedback);
                } else {
                    label(json, (Label) record);
                }
                json.writeEndObject();
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void interaction(JsonGenerator json, Interaction i) throws IOException {
        json.writeStringField("kind", "interaction");
        json.writeStringField("id", i.id());
        optional(json, "session_id", i.sessionId().orElse(null));
        optional(json, "user_id", i.userId().orElse(null));
        json.writeStringField("ts", i.ts().toString());
        json.writeObjectFieldStart("model");
        json.writeStringField("name", i.model().name());
        optional(json, "version", i.model().version().orElse(null));
        optional(json, "family", i.model().family().orElse(null));
        json.writeEndObject();
        json.writeArrayFieldStart("messages");
        for (Message message : i.messages()) {
            json.writeStartObject();
            json.writeStringField("role", message.role());
            json.writeStringField("content", message.content());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("completion", i.completion());
        optional(json, "regenerates", i.regenerates().orElse(null));
        if (i.feedbackPropensity().isPresent()) {
            json.writeNumberField("feedback_propensity", i.feedbackPropensity().get());
        }
        if (i.usage().isPresent()) {
            json.writeObjectFieldStart("usage");
            json.writeNumberField("input_tokens", i.usage().get().inputTokens());
            json.writeNumberField("output_tokens", i.usage().get().outputTokens());
            json.writeEndObject();
        }
        meta(json, i.meta());
    }

    private static void feedback(JsonGenerator json, Feedback f) throws IOException {
        json.writeStringField("kind", "feedback");
        json.writeStringField("id", f.id());
        json.writeStringField("interaction_id", f.interactionId());
        json.writeStringField("ts", f.ts().toString());
        json.writeStringField("type", f.type().wireName());
        actor(json, f.actor());
        if (f.value().isPresent()) {
            json.writeNumberField("value", f.value().get());
        }
        if (f.scale().isPresent()) {
            json.writeNumberField("scale", f.scale().get());
        }
        optional(json, "text", f.text().orElse(null));
        optional(json, "name", f.name().orElse(null));
        optional(json, "reason", f.reason().orElse(null));
        strings(json, "chosen", f.chosen());
        strings(json, "rejected", f.rejected());
        meta(json, f.meta());
    }

    private static void label(JsonGenerator json, Label l) throws IOException {
        json.writeStringField("kind", "label");
        json.writeStringField("id", l.id());
        json.writeObjectFieldStart("subject");
        if (l.subject() instanceof LabelSubject.Pair pair) {
            json.writeArrayFieldStart("pair");
            json.writeString(pair.first());
            json.writeString(pair.second());
            json.writeEndArray();
        } else {
            json.writeStringField("item", ((LabelSubject.Item) l.subject()).id());
        }
        json.writeEndObject();
        if (!l.value().isEmpty()) {
            json.writeStringField("value", l.value());
        }
        actor(json, l.actor());
        json.writeBooleanField("saw_draft", l.sawDraft());
        optional(json, "guideline", l.guideline().orElse(null));
        json.writeStringField("ts", l.ts().toString());
        strings(json, "order", l.order());
        optional(json, "raw", l.raw().orElse(null));
        if (l.unparsed()) {
            json.writeBooleanField("unparsed", true);
        }
        optional(json, "scale", l.scale().orElse(null));
        optional(json, "round", l.round().orElse(null));
        meta(json, l.meta());
    }

    private static void actor(JsonGenerator json, Actor actor) throws IOException {
        json.writeObjectFieldStart("actor");
        json.writeStringField("role", actor.role().wireName());
        optional(json, "id", actor.id().orElse(null));
        optional(json, "family", actor.family().orElse(null));
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    private static void meta(JsonGenerator json, Map<String, String> meta) throws IOException {
        if (!meta.isEmpty()) {
            json.writeObjectFieldStart("meta");
            for (Map.Entry<String, String> entry : new TreeMap<>(meta).entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
    }
}
