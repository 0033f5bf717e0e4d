package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** One annotator's slot on one item: taken, and if labelled, when and with what; {@code gold} is the item's known answer. */
public record WorkDone(String annotator, String itemId, Instant takenAt, Optional<Instant> doneAt,
        Optional<String> value, Optional<String> gold) {
    public WorkDone {
        requireNonNull(annotator, "annotator is null");
        requireNonNull(itemId, "itemId is null");
        requireNonNull(takenAt, "takenAt is null");
        requireNonNull(doneAt, "doneAt is null");
        requireNonNull(value, "value is null");
        requireNonNull(gold, "gold is null");
    }
}
