package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Actor;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.signals.TextDistance;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the thumbs rule needs of a thumbed answer and nothing more, so the miner can spill millions
 * of them to disk between sessions: the conversation, the answer, the user, the thumbs' id, actor
 * and value, and the session.
 */
record ThumbedAnswer(List<Message> messages, Side side, Optional<String> userId, String thumbsId, Actor actor,
        double value, String sessionId) {
    ThumbedAnswer {
        messages = List.copyOf(messages);
        requireNonNull(side, "side is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(thumbsId, "thumbsId is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(sessionId, "sessionId is null");
    }

    static ThumbedAnswer of(Thumbed thumbed) {
        Interaction interaction = thumbed.interaction();
        return new ThumbedAnswer(interaction.messages(), Side.of(interaction), interaction.userId(),
                thumbed.thumbs().id(), thumbed.thumbs().actor(), thumbed.thumbs().value().orElse(0.0), thumbed.sessionId());
    }

    boolean up() {
        return value > 0;
    }

    boolean down() {
        return value < 0;
    }

    /** The same key as {@link PreferThumbsUpOverThumbsDown#contextKey(Interaction)}. */
    String contextKey() {
        return side.model().map(ModelRef::name).orElse("") + "\n" + messages.stream()
                .map(m -> m.role() + ": " + TextDistance.normalize(m.content()))
                .collect(Collectors.joining("\n"));
    }
}
