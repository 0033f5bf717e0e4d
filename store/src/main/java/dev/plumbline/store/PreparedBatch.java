package dev.plumbline.store;

import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a store has checked and laid out ahead of {@link RecordStore#append(dev.plumbline.model.ProjectId,
 * PreparedBatch)}, so that work runs on the caller's thread (an HTTP request's) rather than on the
 * one thread that commits. Records the store would refuse are left out and named, by their index in
 * the list given to {@link RecordStore#prepare}, with the reason. Immutable.
 */
public final class PreparedBatch {
    private final List<Record> records;
    private final List<RecordRow> rows;
    private final Map<Integer, String> refusals;

    PreparedBatch(List<Record> records, List<RecordRow> rows, Map<Integer, String> refusals) {
        this.records = List.copyOf(records);
        this.rows = rows == null ? null : List.copyOf(rows);
        this.refusals = Map.copyOf(refusals);
    }

    /** Several prepared batches as one, in order; refusals are not carried over. */
    public static PreparedBatch concat(List<PreparedBatch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        List<Record> records = new ArrayList<>();
        List<RecordRow> rows = new ArrayList<>();
        boolean laidOut = true;
        for (PreparedBatch batch : batches) {
            records.addAll(batch.records);
            laidOut &= batch.rows != null;
            if (batch.rows != null) {
                rows.addAll(batch.rows);
            }
        }
        return new PreparedBatch(records, laidOut ? rows : null, Map.of());
    }

    /** The records to append: those given, less the refused. */
    public List<Record> records() {
        return records;
    }

    /** Why records were refused, by their index in the list given to prepare. */
    public Map<Integer, String> refusals() {
        return refusals;
    }

    /** The rows laid out for the records, one each in order, if this store lays them out ahead. */
    Optional<List<RecordRow>> rows() {
        return Optional.ofNullable(rows);
    }
}
