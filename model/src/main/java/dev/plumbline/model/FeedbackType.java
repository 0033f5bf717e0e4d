package dev.plumbline.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user (or annotator, or system) did after seeing an answer. Explicit types carry a value
 * ({@code thumbs} ±1, {@code rating} on a scale); implicit ones are what everyone does anyway.
 */
public enum FeedbackType {
    THUMBS("thumbs"),
    RATING("rating"),
    EDIT("edit"),
    CORRECTION("correction"),
    COPY("copy"),
    ACCEPT("accept"),
    REGENERATE("regenerate"),
    ABANDON("abandon"),
    FOLLOW_UP("follow_up"),
    CHOICE("choice"),
    OUTCOME("outcome");

    private final String wireName;

    FeedbackType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean explicit() {
        return this == THUMBS || this == RATING;
    }

    public static Optional<FeedbackType> fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
