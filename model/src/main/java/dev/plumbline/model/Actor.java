package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who gave a feedback or label: a role, the client's id for them, and for judges the model family
 * (which the contamination and self-preference audits need).
 */
public record Actor(ActorRole role, Optional<String> id, Optional<String> family) {
    public Actor {
        requireNonNull(role, "role is null");
        requireNonNull(id, "id is null");
        requireNonNull(family, "family is null");
    }

    public static Actor of(ActorRole role, String id) {
        return new Actor(role, Optional.of(id), Optional.empty());
    }

    public static Actor judge(String id, String family) {
        return new Actor(ActorRole.JUDGE, Optional.of(id), Optional.of(family));
    }
}
