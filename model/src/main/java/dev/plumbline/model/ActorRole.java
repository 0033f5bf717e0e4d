package dev.plumbline.model;

import java.util.Arrays;
import java.util.Optional;

/** Who produced a feedback or label record. */
public enum ActorRole {
    USER("user"),
    ANNOTATOR("annotator"),
    JUDGE("judge"),
    SYSTEM("system");

    private final String wireName;

    ActorRole(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ActorRole> fromWire(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName.equals(name)).findFirst();
    }
}
