package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A queued item as backlog sees it: which policy queued it, when, and how many of its k labels it has. */
public record BacklogItem(String itemId, String policy, Instant enqueuedAt, int labels, int leased, int overlap) {
    public BacklogItem {
        requireNonNull(itemId, "itemId is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(enqueuedAt, "enqueuedAt is null");
    }

    public boolean complete() {
        return labels >= overlap;
    }
}
