package dev.plumbline.server;

import dev.plumbline.model.ProjectId;
import dev.plumbline.report.LoopHealthInputs;
import dev.plumbline.report.QueueThroughput;
import dev.plumbline.report.ReportSnapshot;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.store.Queue;
import dev.plumbline.store.Store;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop-health inputs a store holds besides records: every annotation queue's throughput and
 * backlog (measured now, as {@code annotate status} and the queue stats API measure it) and the
 * latest {@link ReportSnapshot}, kept as a {@code report_snapshot} derived fact. Snapshots are
 * appended, never replaced; the latest one is shown.
 */
public final class ReportInputs {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private static final Logger LOG = LoggerFactory.getLogger(ReportInputs.class);

    private ReportInputs() {
    }

    /** The queues' throughput now and the latest snapshot of the project. */
    public static LoopHealthInputs stored(Store store, ProjectId project, Instant now) {
        LoopHealthInputs inputs = LoopHealthInputs.NONE.withQueues(queues(store, project, now));
        return latestSnapshot(store, project).map(inputs::withEarlier).orElse(inputs);
    }

    /** Every queue of the project, by id, with its metrics at {@code now}. */
    public static List<QueueThroughput> queues(Store store, ProjectId project, Instant now) {
        List<QueueThroughput> queues = new ArrayList<>();
        for (Queue queue : store.queues().queues(project)) {
            queues.add(new QueueThroughput(queue.id(), QueueStatus.metrics(store.queues(), project, queue.id(), now)));
        }
        queues.sort((a, b) -> a.queue().compareTo(b.queue()));
        return queues;
    }

    /** Keeps the snapshot as the project's latest; its id is {@code report-}, the UTC time to the second and 8 random hex digits. */
    public static void record(Store store, ProjectId project, ReportSnapshot snapshot) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String id = "report-" + ID_TIME.format(snapshot.computedAt()) + "-" + HexFormat.of().formatHex(random);
        store.derived().record(project, List.of(DerivedEntry.of(DerivedKind.REPORT_SNAPSHOT, id, snapshot.computedAt(),
                Optional.empty(), List.of(), snapshot.toJson())));
    }

    /**
     * The most recently computed snapshot of the project, if any was recorded and can be read. One
     * that cannot (written by a newer version, damaged) is logged and left out, so the views it
     * carried show as not given instead of taking the whole report down.
     */
    public static Optional<ReportSnapshot> latestSnapshot(Store store, ProjectId project) {
        List<DerivedEntry> all = store.derived().list(project, DerivedKind.REPORT_SNAPSHOT);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DerivedEntry latest = all.get(all.size() - 1);
        try {
            return Optional.of(ReportSnapshot.fromJson(latest.body()));
        } catch (RuntimeException e) {
            // invalid input (a newer schema, damaged JSON) or a section shape the reader does not expect
            LOG.warn("report snapshot {} of project {} cannot be read and is left out: {}", latest.id(), project.value(), e.getMessage());
            return Optional.empty();
        }
    }
}
