package dev.plumbline.testing;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Message;
import java.util.List;
import java.util.Optional;

/**
 * One chat-completion request as the test server received it over HTTP: the decoded fields a
 * script decides on, the {@code Authorization} header, and the raw body.
 */
public record ChatRequest(String model, List<Message> messages, Optional<Double> temperature,
        Optional<Integer> maxTokens, Optional<String> authorization, String rawBody) {
    public ChatRequest {
        requireNonNull(model, "model is null");
        messages = List.copyOf(requireNonNull(messages, "messages is null"));
        requireNonNull(temperature, "temperature is null");
        requireNonNull(maxTokens, "maxTokens is null");
        requireNonNull(authorization, "authorization is null");
        requireNonNull(rawBody, "rawBody is null");
    }

    /** The content of the last message, whatever its role; empty text when there is none. */
    public String lastContent() {
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
    }

    /** The content of the first user message; empty text when there is none. */
    public String firstUserContent() {
        return messages.stream().filter(m -> m.role().equals("user")).map(Message::content).findFirst().orElse("");
    }

    /** How many assistant turns the conversation already holds. */
    public long assistantTurns() {
        return messages.stream().filter(m -> m.role().equals("assistant")).count();
    }
}
