package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import java.util.Optional;

/**
 * One piece of preference evidence behind a pair: the record, its origin, who gave it and, for a
 * judge, its model family (so contamination and self-preference can be audited).
 */
public record LabelSource(String recordId, LabelOrigin origin, ActorRole role, Optional<String> actorId,
        Optional<String> family) {
    public LabelSource {
        requireNonNull(recordId, "recordId is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(role, "role is null");
        requireNonNull(actorId, "actorId is null");
        requireNonNull(family, "family is null");
    }

    /** Evidence from an actor's explicit act: AI when the actor is a judge, human otherwise. */
    public static LabelSource explicit(String recordId, Actor actor) {
        LabelOrigin origin = actor.role() == ActorRole.JUDGE ? LabelOrigin.AI : LabelOrigin.HUMAN;
        return new LabelSource(recordId, origin, actor.role(), actor.id(), actor.family());
    }

    /** Evidence read from a user's behaviour. */
    public static LabelSource implicit(String recordId, Optional<String> userId) {
        return new LabelSource(recordId, LabelOrigin.IMPLICIT, ActorRole.USER, userId, Optional.empty());
    }
}
