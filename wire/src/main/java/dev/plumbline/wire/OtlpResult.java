package dev.plumbline.wire;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one OTLP trace export turned into. {@code records} are in input order (each GenAI span's
 * interaction, then the labels of its evaluation events), indexed by the span's zero-based position
 * in the request; a span with any problem gives no records at all. A problem's index is its span's
 * (or -1 when the body as a whole could not be read) and its path is the OTLP JSON path of the
 * offending field. {@code spans} counts every span in the request; {@code skippedSpans} those that
 * are not model calls (no GenAI attributes, or GenAI operations such as embeddings or tool
 * execution) and carried no evaluation: they are skipped, not errors.
 */
public record OtlpResult(List<RecordBatch.IndexedRecord> records, List<RecordProblem> problems, int spans,
        int skippedSpans) {
    public OtlpResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        if (spans < 0 || skippedSpans < 0 || skippedSpans > spans) {
            throw new PlumblineException(ErrorType.INTERNAL, "span counts out of range: " + skippedSpans + " skipped of " + spans);
        }
    }

    /** The records alone, in order. */
    public List<Record> recordList() {
        return records.stream().map(RecordBatch.IndexedRecord::record).collect(Collectors.toList());
    }

    /**
     * The same result as a {@link RecordBatch} for the ingest path. Its size counts what was offered
     * as records: the records mapped plus the spans rejected (skipped spans are not records), so that
     * accepted never exceeds received. Several records may share a span's index.
     */
    public RecordBatch batch() {
        return new RecordBatch(records, problems, records.size() + rejectedSpans());
    }

    /** Whether the body itself could not be read (as opposed to some spans being bad). */
    public boolean unreadable() {
        return problems.stream().anyMatch(problem -> problem.index() < 0);
    }

    /** How many spans were rejected for a problem. */
    public int rejectedSpans() {
        return (int) problems.stream().mapToInt(RecordProblem::index).filter(index -> index >= 0).distinct().count();
    }
}
