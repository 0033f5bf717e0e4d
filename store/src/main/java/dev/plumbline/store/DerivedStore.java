package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.util.List;
import java.util.Optional;

/**
 * The store's derived facts: pairs, signals, datasets and probe runs, written by the capabilities
 * that derive them so that lineage, erasure and the monitors can find them later. Append-only: a
 * fact whose (kind, id) the project holds is kept as it is (ids are deterministic, so the same id
 * is the same fact). Thread-safe.
 *
 * <p>An erasure ({@link ErasureStore#erase}) removes every fact whose sources include an erased
 * record, or whose user is the erased user, and the facts derived from those in turn; a dataset
 * instead loses those sources and is marked with the erasure's id.
 *
 * <p>The contract is {@code DerivedStoreContract} in this module's test-jar; every adapter runs it.
 */
public interface DerivedStore {
    /**
     * Writes the facts the project does not hold yet, in batches (each batch one transaction), as
     * they come: a streaming producer may pass an iterable that computes them lazily.
     *
     * @return how many were new
     */
    long record(ProjectId project, Iterable<DerivedEntry> facts);

    /** The project's fact of this kind and id. */
    Optional<DerivedEntry> find(ProjectId project, DerivedKind kind, String id);

    /** The project's fact with this id, of whichever kind holds it (kinds tried in declaration order). */
    Optional<DerivedEntry> find(ProjectId project, String id);

    /** The project's facts of a kind, oldest first, then by id. */
    List<DerivedEntry> list(ProjectId project, DerivedKind kind);
}
