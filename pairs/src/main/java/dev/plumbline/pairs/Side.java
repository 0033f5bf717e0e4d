package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.ModelRef;
import java.util.Optional;

/**
 * One side of a pair: the text, the record it came from (an interaction, or the feedback that
 * carried a user's edit or correction) and the model that wrote it, when a model did.
 */
public record Side(String recordId, String text, Optional<ModelRef> model) {
    public Side {
        requireNonNull(recordId, "recordId is null");
        requireNonNull(text, "text is null");
        requireNonNull(model, "model is null");
    }

    public static Side of(Interaction interaction) {
        return new Side(interaction.id(), interaction.completion(), Optional.of(interaction.model()));
    }

    /** Text a person wrote (an edit or a correction) carried by the given record. */
    public static Side written(String recordId, String text) {
        return new Side(recordId, text, Optional.empty());
    }

    /** The writing model's release, or {@code human} for text a person wrote. */
    public String author() {
        return model.map(ModelRef::release).orElse("human");
    }
}
