package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Message;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversation of one model-call span: the messages sent and the messages returned (one per
 * choice). Read from the current conventions ({@code gen_ai.system_instructions}, {@code
 * gen_ai.input.messages}, {@code gen_ai.output.messages}) and, when those are absent, from the
 * older shapes in this order: per-message span events ({@code gen_ai.user.message}, ..., {@code
 * gen_ai.choice}, body in {@code gen_ai.event.content} or {@code content}), {@code gen_ai.prompt} /
 * {@code gen_ai.completion} attributes (on the span or on {@code gen_ai.content.prompt} / {@code
 * gen_ai.content.completion} events), and flattened {@code gen_ai.prompt.0.role} / {@code
 * .content} attributes. Content capture is opt-in in every SDK, so both lists may be empty.
 */
record GenAiConversation(List<Message> input, List<Message> output) {
    private static final Map<String, String> MESSAGE_EVENTS = Map.of("gen_ai.system.message", "system",
            "gen_ai.user.message", "user", "gen_ai.assistant.message", "assistant", "gen_ai.tool.message", "tool");

    GenAiConversation {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }

    /** The first choice's content, which is what the product showed. */
    String completion() {
        return output.isEmpty() ? "" : output.get(0).content();
    }

    static GenAiConversation read(GenAiSpan span) {
        return new GenAiConversation(input(span), output(span));
    }

    private static List<Message> input(GenAiSpan span) {
        if (span.attributes.has("gen_ai.input.messages") || span.attributes.has("gen_ai.system_instructions")) {
            List<Message> messages = new ArrayList<>(GenAiMessages.systemInstructions(span.attributes, span.problems));
            messages.addAll(GenAiMessages.attribute(span.attributes, "gen_ai.input.messages", span.problems));
            return messages;
        }
        List<Message> fromEvents = messageEvents(span);
        if (!fromEvents.isEmpty()) {
            return fromEvents;
        }
        return legacyText(span, "gen_ai.prompt", "gen_ai.content.prompt", "user");
    }

    private static List<Message> output(GenAiSpan span) {
        if (span.attributes.has("gen_ai.output.messages")) {
            return GenAiMessages.attribute(span.attributes, "gen_ai.output.messages", span.problems);
        }
        List<Message> choices = choiceEvents(span);
        if (!choices.isEmpty()) {
            return choices;
        }
        return legacyText(span, "gen_ai.completion", "gen_ai.content.completion", "assistant");
    }

    private static List<Message> messageEvents(GenAiSpan span) {
        List<Message> messages = new ArrayList<>();
        List<Span.Event> events = span.span.getEventsList();
        for (int i = 0; i < events.size(); i++) {
            String role = MESSAGE_EVENTS.get(events.get(i).getName());
            if (role != null) {
                JsonNode body = eventBody(span, i);
                messages.add(new Message(body.path("role").asText(role), GenAiMessages.legacyContent(body.get("content"))));
            }
        }
        return messages;
    }

    private static List<Message> choiceEvents(GenAiSpan span) {
        List<Message> choices = new ArrayList<>();
        List<Span.Event> events = span.span.getEventsList();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getName().equals("gen_ai.choice")) {
                JsonNode body = eventBody(span, i);
                JsonNode message = body.has("message") ? body.get("message") : body;
                choices.add(new Message(message.path("role").asText("assistant"),
                        GenAiMessages.legacyContent(message.get("content"))));
            }
        }
        return choices;
    }

    /** An older event's body: the JSON in {@code gen_ai.event.content}, else the event's attributes as an object. */
    private static JsonNode eventBody(GenAiSpan span, int event) {
        SpanAttributes attributes = span.eventAttributes(event);
        Optional<String> json = attributes.string("gen_ai.event.content");
        if (json.isPresent()) {
            try {
                return Json.mapper().readTree(json.get());
            } catch (JsonProcessingException e) {
                span.problems.add(attributes.path("gen_ai.event.content"), "must be the event body as JSON, but is not "
                        + "valid JSON: " + e.getOriginalMessage());
            }
        }
        var body = Json.mapper().createObjectNode();
        span.span.getEvents(event).getAttributesList()
                .forEach(entry -> body.set(entry.getKey(), AnyValues.toJson(entry.getValue())));
        return body;
    }

    private static List<Message> legacyText(GenAiSpan span, String key, String eventName, String role) {
        Optional<String> text = span.attributes.string(key);
        String path = span.attributes.path(key);
        List<Span.Event> events = span.span.getEventsList();
        for (int i = 0; text.isEmpty() && i < events.size(); i++) {
            if (events.get(i).getName().equals(eventName)) {
                SpanAttributes attributes = span.eventAttributes(i);
                text = attributes.string(key);
                path = attributes.path(key);
            }
        }
        if (text.isPresent()) {
            return GenAiMessages.textOrJson(text.get(), role, path, span.problems);
        }
        return flattened(span.attributes, key, role);
    }

    /** OpenLLMetry's {@code gen_ai.prompt.0.role} / {@code gen_ai.prompt.0.content}, numbered from 0. */
    private static List<Message> flattened(SpanAttributes attributes, String prefix, String role) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; attributes.has(prefix + "." + i + ".content") || attributes.has(prefix + "." + i + ".role"); i++) {
            messages.add(new Message(attributes.string(prefix + "." + i + ".role").orElse(role),
                    attributes.string(prefix + "." + i + ".content").orElse("")));
        }
        return messages;
    }
}
