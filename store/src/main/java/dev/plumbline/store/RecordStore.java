package dev.plumbline.store;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only store of v1 records, one namespace per project. Thread-safe.
 *
 * <p>{@link #append} is atomic and durable: when it returns, every new record is committed; when
 * it throws, nothing of the call was written. A record whose (kind, id) the project already holds
 * is a duplicate and is never written twice.
 */
public interface RecordStore {
    AppendResult append(ProjectId project, List<? extends Record> records);

    /** Streams the project's records of the given kinds in (ts, kind, id) order. */
    void scan(ProjectId project, Set<Kind> kinds, Consumer<Record> consumer);

    long count(ProjectId project);

    StoreStats stats(ProjectId project);
}
