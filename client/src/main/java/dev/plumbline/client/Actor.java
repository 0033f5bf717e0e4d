package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who gave a feedback or label: a role, the app's id for them, and for judges the model family
 * (which Plumbline's contamination and self-preference audits need). Immutable.
 */
public record Actor(ActorRole role, Optional<String> id, Optional<String> family) {
    public Actor {
        requireNonNull(role, "role is null");
        Checks.requirePresent(id, "actor id");
        Checks.requirePresent(family, "actor family");
    }

    /** The end user, unnamed. */
    public static Actor user() {
        return new Actor(ActorRole.USER, Optional.empty(), Optional.empty());
    }

    /** The end user with the app's id for them; a null or empty id means unnamed. */
    public static Actor user(String id) {
        return new Actor(ActorRole.USER, Checks.optional(id), Optional.empty());
    }

    public static Actor annotator(String id) {
        return new Actor(ActorRole.ANNOTATOR, Optional.of(Checks.requireId(id, "annotator id")), Optional.empty());
    }

    public static Actor judge(String id, String family) {
        return new Actor(ActorRole.JUDGE, Optional.of(Checks.requireId(id, "judge id")), Checks.optional(family));
    }

    public static Actor system(String id) {
        return new Actor(ActorRole.SYSTEM, Checks.optional(id), Optional.empty());
    }
}
