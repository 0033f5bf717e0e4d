package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A reservation of one of an item's slots by one annotator until {@code expiresAt}. */
public record Lease(String id, String queueId, QueueItem item, String annotator, int slot, Instant takenAt,
        Instant expiresAt) {
    public Lease {
        requireNonNull(id, "id is null");
        requireNonNull(queueId, "queueId is null");
        requireNonNull(item, "item is null");
        requireNonNull(annotator, "annotator is null");
        requireNonNull(takenAt, "takenAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }
}
