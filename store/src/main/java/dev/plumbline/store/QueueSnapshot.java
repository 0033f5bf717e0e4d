package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A queue's state at one moment: its items and every claim on them, the raw material of queue metrics. */
public record QueueSnapshot(Queue queue, List<ItemState> items, List<Claim> claims, int skips) {
    public QueueSnapshot {
        requireNonNull(queue, "queue is null");
        items = List.copyOf(requireNonNull(items, "items is null"));
        claims = List.copyOf(requireNonNull(claims, "claims is null"));
    }

    /**
     * One item: how many labels it has and how many slots are leased: leases not submitted, an
     * expired one included until a take reclaims it (a snapshot has no clock; metrics count the live
     * ones from the claims' {@code expiresAt}).
     */
    public record ItemState(String itemId, String policy, Optional<String> gold, Instant enqueuedAt, int labels,
            int leased) {
        public ItemState {
            requireNonNull(itemId, "itemId is null");
            requireNonNull(policy, "policy is null");
            requireNonNull(gold, "gold is null");
            requireNonNull(enqueuedAt, "enqueuedAt is null");
        }
    }

    /**
     * One slot held by an annotator: leased (no {@code doneAt}; live until {@code expiresAt}, then
     * returned at the next take) or labelled with {@code value}.
     */
    public record Claim(String itemId, String annotator, int slot, Instant takenAt, Instant expiresAt,
            Optional<Instant> doneAt, Optional<String> value) {
        public Claim {
            requireNonNull(itemId, "itemId is null");
            requireNonNull(annotator, "annotator is null");
            requireNonNull(takenAt, "takenAt is null");
            requireNonNull(expiresAt, "expiresAt is null");
            requireNonNull(doneAt, "doneAt is null");
            requireNonNull(value, "value is null");
        }
    }
}
