package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

/** One turn of a conversation: {@code role} is {@code system}, {@code user}, {@code assistant} or {@code tool}. */
public record Message(String role, String content) {
    public Message {
        requireNonNull(role, "role is null");
        requireNonNull(content, "content is null");
    }

    public static Message user(String content) {
        return new Message("user", content);
    }

    public static Message assistant(String content) {
        return new Message("assistant", content);
    }
}
