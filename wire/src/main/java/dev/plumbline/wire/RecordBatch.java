package dev.plumbline.wire;

import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.util.List;

/**
 * A decoded batch: the records that decoded (in input order, each with its index) and every
 * problem found. {@code size} counts all input records, good and bad.
 */
public record RecordBatch(List<IndexedRecord> records, List<RecordProblem> problems, int size) {
    public RecordBatch {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** A record with its zero-based index in the input. */
    public record IndexedRecord(int index, Record record) {
    }
}
