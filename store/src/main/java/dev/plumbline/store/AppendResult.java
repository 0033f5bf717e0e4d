package dev.plumbline.store;

import java.util.List;
import java.util.Set;

/**
 * What an append did: which records were new, which were duplicates of records already stored (or
 * of an earlier record in the same append), and which feedback records point at an interaction the
 * store does not hold (kept, and reported as orphans).
 */
public record AppendResult(int inserted, Set<RecordKey> duplicates, List<String> orphanFeedbackIds) {
    public AppendResult {
        duplicates = Set.copyOf(duplicates);
        orphanFeedbackIds = List.copyOf(orphanFeedbackIds);
    }
}
