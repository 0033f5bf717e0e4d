package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.annotation.QueueMetrics;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueStatusTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anAbandonedLeaseKeepsItsItemInProgressOnlyUntilItExpires() {
        try (Store store = DuckDbStore.open(dir)) {
            store.queues().create(ProjectId.DEFAULT, Queue.pairwise("q", 1, "g1", T0));
            store.queues().add(ProjectId.DEFAULT, "q", List.of(new QueueItem("item-1", new LabelSubject.Pair("a", "b"),
                    "{\"prompt\":\"p\"}", "audit-sample", Optional.empty(), T0)));
            store.queues().take(ProjectId.DEFAULT, "q", "ann", false, T0).orElseThrow();

            QueueMetrics held = QueueStatus.metrics(store.queues(), ProjectId.DEFAULT, "q", T0.plusSeconds(60));
            QueueMetrics abandoned = QueueStatus.metrics(store.queues(), ProjectId.DEFAULT, "q", T0.plusSeconds(11 * 60));

            assertThat(held.inProgress()).isEqualTo(1);
            assertThat(held.waiting()).isZero();
            // the ten-minute lease ran out and nobody took the item again: it waits, and its age counts
            assertThat(abandoned.inProgress()).isZero();
            assertThat(abandoned.waiting()).isEqualTo(1);
            assertThat(abandoned.ageP50Seconds()).isEqualTo(660.0);
        }
    }
}
