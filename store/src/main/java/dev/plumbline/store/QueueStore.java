package dev.plumbline.store;

import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Annotation queues with k-way overlap enforced by the database. Each item has {@code overlap} slots;
 * a slot is held by at most one annotator (a lease, then a label), an annotator holds at most one
 * slot of an item and never gets an item they labelled or skipped again, and a lease not submitted
 * before it expires frees its slot. A submitted label is written as a v1 {@code label} record through
 * the {@link RecordStore}, so queue labels carry the same provenance as any other. Thread-safe; several
 * servers may share one PostgreSQL database. The contract is {@code QueueStoreContract} in the test-jar.
 */
public interface QueueStore {
    /** @throws dev.plumbline.model.PlumblineException {@code CONFLICT} when the project has a queue with that id */
    void create(ProjectId project, Queue queue);

    Optional<Queue> queue(ProjectId project, String queueId);

    List<Queue> queues(ProjectId project);

    /** Adds items; ids the queue already holds are ignored. Returns how many were new. */
    int add(ProjectId project, String queueId, List<QueueItem> items);

    /**
     * Leases the oldest item with a free slot that the annotator has not labelled, skipped or leased;
     * gold items first when {@code gold} is true, other items first otherwise. Empty when nothing is left.
     */
    Optional<Lease> take(ProjectId project, String queueId, String annotator, boolean gold, Instant now);

    /** The annotator's lease with that id while it is live (taken, not submitted, released, skipped or expired). */
    Optional<Lease> lease(ProjectId project, String leaseId, String annotator, Instant now);

    /**
     * Turns the annotator's live lease into a label and writes the label record.
     *
     * @throws dev.plumbline.model.PlumblineException {@code NOT_FOUND} for a lease the annotator does not
     *     hold, {@code CONFLICT} when it expired (the slot may already be someone else's)
     */
    Label submit(ProjectId project, String leaseId, String annotator, Answer answer, Instant now);

    /** Gives the slot back and never offers this item to the annotator again. */
    void skip(ProjectId project, String leaseId, String annotator, Instant now);

    /** Gives the slot back; the item may come to the annotator again later. */
    void release(ProjectId project, String leaseId, String annotator);

    QueueSnapshot snapshot(ProjectId project, String queueId);
}
