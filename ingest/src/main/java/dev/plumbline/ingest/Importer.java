package dev.plumbline.ingest;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.wire.RecordBatch;
import dev.plumbline.wire.V1Decoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a stream of decoded records through the {@link IngestService} in batches, the same path the
 * HTTP ingest takes, and totals what happened. Memory holds one batch, whatever the input size.
 * Not thread-safe; one importer per input.
 */
public final class Importer {
    private final IngestService ingest;
    private final ProjectId project;
    private final Policy policy;
    private final int batchSize;
    private final List<RecordBatch.IndexedRecord> records = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();
    private int pending;
    private long received;
    private long accepted;
    private long duplicates;
    private long orphans;
    private long notCommitted;
    private final List<RecordProblem> rejected = new ArrayList<>();
    private long rejectedCount;
    private static final int KEEP_PROBLEMS = 1000;

    public Importer(IngestService ingest, ProjectId project, Policy policy, int batchSize) {
        this.ingest = requireNonNull(ingest, "ingest is null");
        this.project = requireNonNull(project, "project is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.batchSize = batchSize;
    }

    /** What an import did. {@code rejected} lists the first problems (up to 1,000); {@code rejectedCount} all. */
    public record Summary(long received, long accepted, long duplicates, long orphans, long rejectedCount,
            long notCommitted, List<RecordProblem> rejected) {
        public Summary {
            rejected = List.copyOf(rejected);
        }
    }

    public void accept(V1Decoder.Decoded decoded) {
        decoded.record().ifPresent(r -> records.add(new RecordBatch.IndexedRecord(decoded.index(), r)));
        problems.addAll(decoded.problems());
        pending++;
        if (pending >= batchSize) {
            flush();
        }
    }

    public void accept(Record record, int index) {
        records.add(new RecordBatch.IndexedRecord(index, record));
        pending++;
        if (pending >= batchSize) {
            flush();
        }
    }

    public void problem(RecordProblem problem) {
        problems.add(problem);
        pending++;
    }

    public void flush() {
        if (pending == 0) {
            return;
        }
        RecordBatch batch = new RecordBatch(records, problems, pending);
        IngestResult result = ingest.ingest(project, batch, policy);
        received += result.received();
        accepted += result.accepted();
        duplicates += result.duplicates().size();
        orphans += result.orphans().size();
        if (!result.committed()) {
            notCommitted += batch.records().size();
        }
        long bad = result.rejected().stream().mapToInt(RecordProblem::index).distinct().count();
        rejectedCount += bad;
        for (RecordProblem problem : result.rejected()) {
            if (rejected.size() < KEEP_PROBLEMS) {
                rejected.add(problem);
            }
        }
        records.clear();
        problems.clear();
        pending = 0;
    }

    public Summary finish() {
        flush();
        return new Summary(received, accepted, duplicates, orphans, rejectedCount, notCommitted, rejected);
    }
}
