package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Kind;
import dev.plumbline.model.Record;

/** The identity of a stored record within a project: ids are unique per kind. */
public record RecordKey(Kind kind, String id) {
    public RecordKey {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
    }

    public static RecordKey of(Record record) {
        return new RecordKey(record.kind(), record.id());
    }
}
