package dev.plumbline.store;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only store of v1 records, one namespace per project. Thread-safe.
 *
 * <p>{@link #append} is atomic and durable: when it returns, every new record is committed; when
 * it throws, nothing of the call was written. A record whose (kind, id) the project already holds
 * is a duplicate and is never written twice, also across restarts and between several servers
 * sharing one database. Feedback whose interaction the project does not hold is kept and reported
 * as an orphan.
 *
 * <p>Timestamps are kept to the microsecond: finer digits are dropped (towards the past), and a
 * record scans back equal to what was appended once its {@code ts} is at that precision. Values
 * a store would have to alter are refused, not altered: see {@link #append}.
 *
 * <p>The contract is {@code RecordStoreContract} in this module's test-jar; every adapter runs it.
 */
public interface RecordStore {
    /**
     * Appends the records to the project, atomically and durably.
     *
     * @throws dev.plumbline.model.PlumblineException {@code INVALID_INPUT}, before anything is
     *     written, when a record has a {@link StoreLimits#refusal refusal} (a timestamp outside about
     *     290,000 years of 1970, NUL in an indexed field, an unpaired UTF-16 surrogate);
     *     {@code UNAVAILABLE} when the database fails, in which case nothing was written
     */
    AppendResult append(ProjectId project, List<? extends Record> records);

    /**
     * Checks and lays out records for {@link #append(ProjectId, PreparedBatch)} on the calling
     * thread; records the store would refuse are left out and named in the batch's refusals.
     */
    default PreparedBatch prepare(List<? extends Record> records) {
        Map<Integer, String> refusals = new HashMap<>();
        List<Record> kept = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Optional<String> refusal = StoreLimits.refusal(records.get(i));
            if (refusal.isPresent()) {
                refusals.put(i, refusal.get());
            } else {
                kept.add(records.get(i));
            }
        }
        return new PreparedBatch(kept, null, refusals);
    }

    /** Appends a prepared batch's records, as {@link #append(ProjectId, List)} does. */
    default AppendResult append(ProjectId project, PreparedBatch batch) {
        return append(project, batch.records());
    }

    /**
     * Streams the project's records of the given kinds in (ts, kind, id) order, ids compared by
     * code point, the same in every store.
     */
    void scan(ProjectId project, Set<Kind> kinds, Consumer<Record> consumer);

    /**
     * The project's interaction with this id, if it is stored. Adapters answer with a query
     * (PostgreSQL from its primary key; DuckDB, which keeps no index on records, by a filtered scan);
     * this default scans every record.
     */
    default Optional<Interaction> interaction(ProjectId project, String id) {
        Interaction[] found = new Interaction[1];
        scan(project, EnumSet.of(Kind.INTERACTION), record -> {
            if (record.id().equals(id)) {
                found[0] = (Interaction) record;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The session of the project's interaction with this id; empty when that interaction is not
     * stored or has no session. A session-scoped feedback token asks it for every interaction its
     * feedback names, so adapters answer it without reading the record where they can.
     */
    default Optional<String> sessionOfInteraction(ProjectId project, String id) {
        return interaction(project, id).flatMap(Interaction::sessionId);
    }

    /**
     * The project's record of this kind and id, if it is stored: lineage resolves ids one at a time.
     * Adapters answer with a query (see {@link #interaction}); this default scans.
     */
    default Optional<Record> find(ProjectId project, Kind kind, String id) {
        Record[] found = new Record[1];
        scan(project, EnumSet.of(kind), record -> {
            if (record.id().equals(id)) {
                found[0] = record;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Streams the project's records grouped by session, as a streaming miner reads them:
     * interactions ordered by session key (the {@code session_id}; else the user, so a user's
     * sessionless interactions come in time order for the inactivity gap to split; else the
     * interaction alone), then timestamp, then id; right after each interaction the feedback about
     * it and the labels whose subject names it first, in (ts, kind, id) order, however late they
     * were written. Feedback and labels about an interaction the store does not hold come first.
     */
    void scanBySession(ProjectId project, Consumer<Record> consumer);

    long count(ProjectId project);

    /** The time of the project's latest record of any kind: what a miner may treat as "now". */
    Optional<Instant> latest(ProjectId project);

    /** Every project that holds at least one record, ordered by name. */
    List<ProjectId> projects();

    StoreStats stats(ProjectId project);
}
