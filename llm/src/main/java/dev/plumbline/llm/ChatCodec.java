package dev.plumbline.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Usage;
import java.util.List;
import java.util.Optional;

/** Encodes chat-completions requests and decodes their responses strictly. */
final class ChatCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCodec() {
    }

    static String request(String model, List<Message> messages, double temperature, Optional<Integer> maxTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode array = root.putArray("messages");
        for (Message message : messages) {
            array.addObject().put("role", message.role()).put("content", message.content());
        }
        root.put("temperature", temperature);
        maxTokens.ifPresent(tokens -> root.put("max_tokens", tokens));
        return root.toString();
    }

    /** Decodes a 2xx body; a body without the protocol's shape is the server's fault. */
    static Completion response(String body, ModelRef model) {
        JsonNode root = parse(body, model);
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw broken(model, "has no choices", body);
        }
        JsonNode content = choices.get(0).path("message").get("content");
        if (content == null || !content.isTextual()) {
            throw broken(model, "has no text at choices[0].message.content", body);
        }
        JsonNode finish = choices.get(0).get("finish_reason");
        Optional<String> finishReason = finish != null && finish.isTextual() ? Optional.of(finish.asText()) : Optional.empty();
        Usage usage = usage(root.get("usage"), model, body).orElse(new Usage(0, 0));
        return new Completion(content.asText(), usage, finishReason, model);
    }

    /** Whether the body reported usage, so accounting can count the answers that did not. */
    static boolean reportsUsage(String body) {
        try {
            JsonNode usage = JSON.readTree(body).get("usage");
            return usage != null && usage.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The server's own error message, when its body has the OpenAI error shape. */
    static String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            return message.isTextual() ? message.asText() : abbreviate(body);
        } catch (JsonProcessingException e) {
            return abbreviate(body);
        }
    }

    private static Optional<Usage> usage(JsonNode usage, ModelRef model, String body) {
        if (usage == null || usage.isNull()) {
            return Optional.empty();
        }
        JsonNode prompt = usage.get("prompt_tokens");
        JsonNode completion = usage.get("completion_tokens");
        if (prompt == null || completion == null || !prompt.canConvertToLong() || !completion.canConvertToLong()
                || prompt.asLong() < 0 || completion.asLong() < 0) {
            throw broken(model, "has a usage object without non-negative integer prompt_tokens and completion_tokens", body);
        }
        return Optional.of(new Usage(prompt.asLong(), completion.asLong()));
    }

    private static JsonNode parse(String body, ModelRef model) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw broken(model, "is not a JSON object", body);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw broken(model, "is not valid JSON (" + e.getOriginalMessage() + ")", body);
        }
    }

    private static PlumblineException broken(ModelRef model, String what, String body) {
        return PlumblineException.unavailable("the chat-completions response from model " + model.name() + " " + what
                + "; expected {\"choices\":[{\"message\":{\"content\":\"...\"}}]}; body: " + abbreviate(body), null);
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
