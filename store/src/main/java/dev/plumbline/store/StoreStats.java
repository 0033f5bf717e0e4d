package dev.plumbline.store;

import java.util.Map;

/**
 * Counts of what a project holds: per kind, interactions per model release ({@code name@version}),
 * records per day (ISO date), and feedback whose interaction has not arrived.
 */
public record StoreStats(Map<String, Long> perKind, Map<String, Long> perModelVersion, Map<String, Long> perDay,
        long orphanFeedback) {
    public StoreStats {
        perKind = Map.copyOf(perKind);
        perModelVersion = Map.copyOf(perModelVersion);
        perDay = Map.copyOf(perDay);
    }

    public long total() {
        return perKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
