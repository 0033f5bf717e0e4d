package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure did, as the erasure log keeps it: counts per kind of record, who asked and when,
 * and a SHA-256 of the project and user id (to answer "was this user erased?" without keeping
 * the id), and how many derived facts (pairs, signals) went with the records. Never any erased content.
 */
public record ErasureReceipt(String erasureId, ProjectId project, String subjectHash, String requestedBy, Instant at,
        long interactions, long feedback, long labels, long derived) {
    public ErasureReceipt {
        requireNonNull(erasureId, "erasureId is null");
        requireNonNull(project, "project is null");
        requireNonNull(subjectHash, "subjectHash is null");
        requireNonNull(requestedBy, "requestedBy is null");
        requireNonNull(at, "at is null");
        if (interactions < 0 || feedback < 0 || labels < 0 || derived < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** A receipt of an erasure that removed no derived facts. */
    public ErasureReceipt(String erasureId, ProjectId project, String subjectHash, String requestedBy, Instant at,
            long interactions, long feedback, long labels) {
        this(erasureId, project, subjectHash, requestedBy, at, interactions, feedback, labels, 0);
    }

    /** Counts by table and kind: {@code interactions}, {@code feedback}, {@code labels}, {@code derived}. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("interactions", interactions);
        counts.put("feedback", feedback);
        counts.put("labels", labels);
        counts.put("derived", derived);
        return counts;
    }

    public long total() {
        return interactions + feedback + labels + derived;
    }
}
