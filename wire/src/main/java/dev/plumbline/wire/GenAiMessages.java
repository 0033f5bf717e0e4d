package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Message;
import io.opentelemetry.proto.common.v1.AnyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads chat messages in the shape of the OpenTelemetry GenAI conventions: {@code
 * gen_ai.input.messages} / {@code gen_ai.output.messages} / {@code gen_ai.system_instructions},
 * each an array of {@code {"role", "parts": [{"type": "text", "content"}, ...]}} given either
 * structured (an OTLP array of key-value lists) or as a JSON string. A message's content is its
 * text parts joined by newlines; tool calls and other non-text parts are kept as compact JSON,
 * binary blobs as a placeholder, and reasoning parts are left out (they are not the answer).
 * Also reads the older {@code {"role", "content"}} message shape. Stateless.
 */
final class GenAiMessages {
    private GenAiMessages() {
    }

    /** The messages of a structured or JSON-string attribute; problems name the attribute path and the element. */
    static List<Message> attribute(SpanAttributes attributes, String key, SpanProblems problems) {
        Optional<JsonNode> tree = tree(attributes, key, problems);
        return tree.isEmpty() ? List.of() : messages(tree.get(), attributes.path(key), problems);
    }

    /** {@code gen_ai.system_instructions}: an array of parts, read as one system message. */
    static List<Message> systemInstructions(SpanAttributes attributes, SpanProblems problems) {
        String key = "gen_ai.system_instructions";
        Optional<JsonNode> tree = tree(attributes, key, problems);
        if (tree.isEmpty()) {
            return List.of();
        }
        JsonNode node = tree.get();
        if (node.isTextual()) {
            return List.of(new Message("system", node.textValue()));
        }
        Optional<String> content = parts(node, attributes.path(key), problems);
        return content.map(text -> List.of(new Message("system", text))).orElse(List.of());
    }

    /** A JSON text holding messages, or plain text (which is then one message of {@code fallbackRole}). */
    static List<Message> textOrJson(String text, String fallbackRole, String path, SpanProblems problems) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            try {
                JsonNode node = Json.mapper().readTree(trimmed);
                return messages(node.isArray() ? node : Json.mapper().createArrayNode().add(node), path, problems);
            } catch (JsonProcessingException e) {
                // Not JSON after all: it is the prompt's text itself.
            }
        }
        return List.of(new Message(fallbackRole, text));
    }

    /** The text of an older message body's {@code content}: a string, or OpenAI-style parts. */
    static String legacyContent(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.textValue();
        }
        if (content.isArray()) {
            List<String> texts = new ArrayList<>();
            content.forEach(part -> texts.add(part.isTextual() ? part.textValue()
                    : part.has("text") ? part.get("text").asText() : part.toString()));
            return String.join("\n", texts);
        }
        return content.toString();
    }

    private static Optional<JsonNode> tree(SpanAttributes attributes, String key, SpanProblems problems) {
        Optional<AnyValue> value = attributes.value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().getValueCase() != AnyValue.ValueCase.STRING_VALUE) {
            return Optional.of(AnyValues.toJson(value.get()));
        }
        try {
            return Optional.of(Json.mapper().readTree(value.get().getStringValue()));
        } catch (JsonProcessingException e) {
            problems.add(attributes.path(key), "must be a JSON array of messages, but is not valid JSON: "
                    + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static List<Message> messages(JsonNode node, String path, SpanProblems problems) {
        if (!node.isArray()) {
            problems.add(path, "must be an array of messages {\"role\", \"parts\"}, was " + FieldReader.describe(node));
            return List.of();
        }
        List<Message> messages = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            message(node.get(i), path + "[" + i + "]", problems).ifPresent(messages::add);
        }
        return messages;
    }

    private static Optional<Message> message(JsonNode node, String path, SpanProblems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be a message object {\"role\", \"parts\"}, was " + FieldReader.describe(node));
            return Optional.empty();
        }
        JsonNode role = node.get("role");
        if (role == null || !role.isTextual() || role.textValue().isEmpty()) {
            problems.add(path + ".role", "is required: system, user, assistant or tool");
            return Optional.empty();
        }
        if (node.has("parts")) {
            return parts(node.get("parts"), path + ".parts", problems).map(text -> new Message(role.textValue(), text));
        }
        if (node.has("content")) {
            return Optional.of(new Message(role.textValue(), legacyContent(node.get("content"))));
        }
        problems.add(path + ".parts", "is required: the message's content as [{\"type\": \"text\", \"content\": ...}]");
        return Optional.empty();
    }

    private static Optional<String> parts(JsonNode node, String path, SpanProblems problems) {
        if (!node.isArray()) {
            problems.add(path, "must be an array of parts, was " + FieldReader.describe(node));
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            Optional<String> text = part(node.get(i), path + "[" + i + "]", problems);
            ok &= text.isPresent();
            text.filter(t -> !t.isEmpty()).ifPresent(texts::add);
        }
        return ok ? Optional.of(String.join("\n", texts)) : Optional.empty();
    }

    /** One part's text: empty for parts that are left out, absent on a problem. */
    private static Optional<String> part(JsonNode part, String path, SpanProblems problems) {
        JsonNode type = part.get("type");
        if (!part.isObject() || type == null || !type.isTextual()) {
            problems.add(path, "must be a part object with a \"type\" (text, tool_call, ...), was "
                    + FieldReader.describe(part));
            return Optional.empty();
        }
        switch (type.textValue()) {
            case "text":
                return textPart(part, path, problems);
            case "reasoning":
                return Optional.of("");
            case "blob":
                String mimeType = part.path("mime_type").asText("");
                return Optional.of("[" + part.path("modality").asText("blob")
                        + (mimeType.isEmpty() ? "" : " " + mimeType) + "]");
            default:
                return Optional.of(part.toString());
        }
    }

    private static Optional<String> textPart(JsonNode part, String path, SpanProblems problems) {
        JsonNode content = part.has("content") ? part.get("content") : part.get("text");
        if (content == null || !content.isTextual()) {
            problems.add(path + ".content", "a text part needs its content as a string, was "
                    + FieldReader.describe(content));
            return Optional.empty();
        }
        return Optional.of(content.textValue());
    }
}
