package dev.plumbline.model;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do within its one project. {@code admin} implies the others. */
public enum Scope {
    INGEST("ingest"),
    ANNOTATE("annotate"),
    ADMIN("admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWire(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
