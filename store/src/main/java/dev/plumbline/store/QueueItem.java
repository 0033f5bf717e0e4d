package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.util.Optional;

/**
 * One item of a queue: its subject, what the annotator is shown ({@code payload}, JSON text the
 * store keeps opaque), the feeding policy that queued it, and for gold items the known answer.
 */
public record QueueItem(String id, LabelSubject subject, String payload, String policy, Optional<String> gold,
        Instant enqueuedAt) {
    public QueueItem {
        requireNonNull(id, "id is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(gold, "gold is null");
        requireNonNull(enqueuedAt, "enqueuedAt is null");
        if (id.isEmpty() || id.length() > 200) {
            throw PlumblineException.invalidInput("an item id must have 1-200 characters");
        }
    }
}
