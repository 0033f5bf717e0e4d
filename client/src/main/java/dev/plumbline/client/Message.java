package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

/** One turn of the conversation sent to the model: role {@code system}, {@code user}, {@code assistant} or {@code tool}. */
public record Message(String role, String content) {
    public Message {
        Checks.requireId(role, "message role");
        requireNonNull(content, "message content is null");
    }

    public static Message system(String content) {
        return new Message("system", content);
    }

    public static Message user(String content) {
        return new Message("user", content);
    }

    public static Message assistant(String content) {
        return new Message("assistant", content);
    }
}
