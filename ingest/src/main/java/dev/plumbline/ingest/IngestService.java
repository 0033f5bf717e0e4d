package dev.plumbline.ingest;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.store.AppendResult;
import dev.plumbline.store.RecordKey;
import dev.plumbline.store.PreparedBatch;
import dev.plumbline.store.RecordStore;
import dev.plumbline.wire.RecordBatch;
import dev.plumbline.model.Feedback;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Validated batches in, durable acknowledgements out. Requests wait in a queue bounded by a record
 * budget (a full queue is refused at once, never grown); one writer thread takes everything waiting
 * (up to a group size) and commits it per project in one store append: group commit, so many small
 * requests cost one transaction. {@link #ingest} returns only after the commit, so a returned
 * result means durable. Thread-safe.
 */
public final class IngestService implements AutoCloseable {
    private final RecordStore store;
    private final int maxQueuedRecords;
    private final int maxGroupRecords;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queuedRecords = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;

    private record Pending(ProjectId project, PreparedBatch batch, List<RecordProblem> rejected, int received,
            CompletableFuture<IngestResult> result) {
        List<Record> records() {
            return batch.records();
        }
    }

    public IngestService(RecordStore store, int maxQueuedRecords, int maxGroupRecords) {
        this.store = requireNonNull(store, "store is null");
        this.maxQueuedRecords = maxQueuedRecords;
        this.maxGroupRecords = maxGroupRecords;
        this.writer = new Thread(this::writeLoop, "plumbline-ingest-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public static IngestService withDefaults(RecordStore store) {
        return new IngestService(store, 200_000, 20_000);
    }

    /** Records waiting for the writer now: the queue depth metric. */
    public long queuedRecords() {
        return queuedRecords.get();
    }

    /**
     * Commits a decoded batch under the policy and waits for the commit.
     *
     * @throws OverloadedException when the queue has no room for the batch now
     */
    public IngestResult ingest(ProjectId project, RecordBatch batch, Policy policy) {
        List<Record> decoded = new ArrayList<>(batch.records().size());
        batch.records().forEach(indexed -> decoded.add(indexed.record()));
        // Checking and laying out the rows happens here, on the request's thread, not on the writer.
        PreparedBatch prepared = store.prepare(decoded);
        List<RecordProblem> problems = new ArrayList<>(batch.problems());
        prepared.refusals().forEach((i, reason) ->
                problems.add(new RecordProblem(batch.records().get(i).index(), "$", reason)));
        problems.sort(java.util.Comparator.comparingInt(RecordProblem::index));
        if (!problems.isEmpty() && policy == Policy.ATOMIC) {
            return IngestResult.refused(batch.size(), problems);
        }
        if (prepared.records().isEmpty()) {
            return new IngestResult(true, batch.size(), 0, List.of(), problems, List.of());
        }
        return await(submit(project, prepared, problems, batch.size()));
    }

    private CompletableFuture<IngestResult> submit(ProjectId project, PreparedBatch records,
            List<RecordProblem> rejected, int received) {
        if (!running) {
            throw PlumblineException.unavailable("the ingest service is shutting down", null);
        }
        int size = records.records().size();
        long after = queuedRecords.addAndGet(size);
        if (after > maxQueuedRecords && after != size) {
            queuedRecords.addAndGet(-size);
            throw new OverloadedException(1);
        }
        Pending pending = new Pending(project, records, rejected, received, new CompletableFuture<>());
        queue.add(pending);
        return pending.result();
    }

    private static IngestResult await(CompletableFuture<IngestResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.unavailable("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PlumblineException plumbline) {
                throw plumbline;
            }
            throw PlumblineException.internal("the commit failed: " + e.getCause(), e.getCause());
        }
    }

    private void writeLoop() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    commitGroup(drainGroup(first));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Pending> drainGroup(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int records = first.records().size();
        Pending next;
        while (records < maxGroupRecords && (next = queue.peek()) != null
                && records + next.records().size() <= maxGroupRecords) {
            group.add(queue.poll());
            records += next.records().size();
        }
        return group;
    }

    private void commitGroup(List<Pending> group) {
        Map<ProjectId, List<Pending>> byProject = new LinkedHashMap<>();
        group.forEach(p -> byProject.computeIfAbsent(p.project(), k -> new ArrayList<>()).add(p));
        byProject.forEach(this::commitProject);
    }

    private void commitProject(ProjectId project, List<Pending> requests) {
        List<PreparedBatch> batches = new ArrayList<>(requests.size());
        requests.forEach(r -> batches.add(r.batch()));
        PreparedBatch all = PreparedBatch.concat(batches);
        try {
            AppendResult appended = store.append(project, all);
            Set<RecordKey> claimed = new HashSet<>(all.records().size() * 2);
            for (Pending request : requests) {
                request.result().complete(resultFor(request, appended, claimed));
            }
        } catch (RuntimeException e) {
            requests.forEach(r -> r.result().completeExceptionally(e));
        } finally {
            queuedRecords.addAndGet(-all.records().size());
        }
    }

    /**
     * Splits a group's append result back into one request's answer. A key repeated across requests
     * of one group is new for the first request that sent it and a duplicate for the later ones.
     */
    private static IngestResult resultFor(Pending request, AppendResult appended, Set<RecordKey> claimed) {
        List<String> duplicates = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        Set<String> orphanIds = new HashSet<>(appended.orphanFeedbackIds());
        int accepted = 0;
        for (Record record : request.records()) {
            RecordKey key = RecordKey.of(record);
            if (appended.inserted().contains(key) && claimed.add(key)) {
                accepted++;
                if (record instanceof Feedback && orphanIds.contains(record.id())) {
                    orphans.add(record.id());
                }
            } else {
                duplicates.add(record.id());
            }
        }
        return new IngestResult(true, request.received(), accepted, duplicates, request.rejected(), orphans);
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a request queued while the writer was stopping would otherwise wait for ever
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(PlumblineException.unavailable("the ingest service is shutting down", null));
        }
    }
}
