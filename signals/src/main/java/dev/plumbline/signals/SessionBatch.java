package dev.plumbline.signals;

import java.util.List;

/**
 * Sessions grouped from a set of records, plus how many feedback and label records named an
 * interaction that was not in the input (orphans, reported rather than dropped silently).
 */
public record SessionBatch(List<Session> sessions, int orphans) {
    public SessionBatch {
        sessions = List.copyOf(sessions);
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans must not be negative");
        }
    }
}
