package dev.plumbline.ingest;

import dev.plumbline.model.RecordProblem;
import java.util.List;

/**
 * The answer to one ingest request. {@code committed} is true when the accepted records are durably
 * stored; under {@link Policy#ATOMIC} a batch with any problem is not committed and {@code accepted}
 * is 0. Duplicates name records the project already held; orphans are accepted feedback whose
 * interaction has not arrived (kept, so a late interaction still joins).
 */
public record IngestResult(boolean committed, int received, int accepted, List<String> duplicates,
        List<RecordProblem> rejected, List<String> orphans) {
    public IngestResult {
        duplicates = List.copyOf(duplicates);
        rejected = List.copyOf(rejected);
        orphans = List.copyOf(orphans);
    }

    static IngestResult refused(int received, List<RecordProblem> problems) {
        return new IngestResult(false, received, 0, List.of(), problems, List.of());
    }
}
