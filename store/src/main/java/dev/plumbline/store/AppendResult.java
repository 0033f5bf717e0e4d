package dev.plumbline.store;

import java.util.List;
import java.util.Set;

/**
 * What an append did: the keys it inserted (each new to the project), the keys that were
 * duplicates (already stored, or repeated within the same append after their first occurrence),
 * and the ids of inserted feedback whose interaction the store does not hold (kept, and reported
 * as orphans).
 */
public record AppendResult(Set<RecordKey> inserted, Set<RecordKey> duplicates, List<String> orphanFeedbackIds) {
    public AppendResult {
        inserted = Set.copyOf(inserted);
        duplicates = Set.copyOf(duplicates);
        orphanFeedbackIds = List.copyOf(orphanFeedbackIds);
    }

    public int insertedCount() {
        return inserted.size();
    }
}
