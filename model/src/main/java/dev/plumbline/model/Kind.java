package dev.plumbline.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of v1 record; {@link #wireName()} is the value of the record's {@code kind} field. */
public enum Kind {
    INTERACTION("interaction"),
    FEEDBACK("feedback"),
    LABEL("label");

    private final String wireName;

    Kind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Kind> fromWire(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }
}
