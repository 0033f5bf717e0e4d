package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 moves the labels submitted before it (then kept on their claims) into
 * {@code annotation_labels}: a store upgraded from V7 counts them, shows them in snapshots, never
 * offers their items to their annotators again, and still accepts a lease that was live. Run against
 * each adapter by a subclass with storage of its own.
 */
public abstract class AnnotationLabelsMigrationContract {
    private static final ProjectId PROJECT = new ProjectId("acme");
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    /** A connection to this test's storage, before any store opened it. */
    protected abstract Connection openDatabase() throws SQLException;

    protected abstract String dialect();

    /** Opens the store under test on the same storage. */
    protected abstract Store openStore();

    private static long us(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** A V7 database: a queue of two items with k=2; ann labelled item-0 ("A"), bob holds its other slot. */
    private void writeVersionSevenQueue() throws SQLException {
        try (Connection c = openDatabase()) {
            Migrations.apply(c, dialect(), Migrations.SCRIPTS.subList(0, Migrations.SCRIPTS.indexOf("V8__annotation_labels.sql")));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO annotation_queues (project, queue_id, name, kind, overlap, lease_ms, guideline,"
                        + " guideline_url, assisted, gold_rate, seed, created_us) VALUES ('acme', 'prefs', 'prefs',"
                        + " 'pairwise', 2, 300000, 'v3', NULL, false, 0.0, 1, " + us(T0) + ")");
                s.execute("INSERT INTO annotation_items (project, queue_id, item_id, first_id, second_id, payload, policy,"
                        + " gold, enqueued_us, labels, closed) VALUES"
                        + " ('acme', 'prefs', 'item-0', 'item-0-a', 'item-0-b', '{}', 'audit', NULL, " + us(T0) + ", 1, false),"
                        + " ('acme', 'prefs', 'item-1', 'item-1-a', 'item-1-b', '{}', 'audit', NULL, " + us(T0) + ", 0, false)");
                s.execute("INSERT INTO annotation_claims (project, queue_id, item_id, slot, annotator, lease_id, taken_us,"
                        + " expires_us, done_us, value) VALUES"
                        + " ('acme', 'prefs', 'item-0', 0, 'ann', 'lease-ann', " + us(T0) + ", " + us(T0.plusSeconds(300))
                        + ", " + us(T0.plusSeconds(10)) + ", 'A'),"
                        + " ('acme', 'prefs', 'item-0', 1, 'bob', 'lease-bob', " + us(T0) + ", " + us(T0.plusSeconds(300))
                        + ", NULL, NULL)");
            }
        }
    }

    @Test
    void labelsSubmittedBeforeVersionEightAreCountedShownAndNeverOfferedAgain() throws SQLException {
        writeVersionSevenQueue();
        try (Store store = openStore()) {
            QueueSnapshot snapshot = store.queues().snapshot(PROJECT, "prefs");
            assertThat(snapshot.items()).extracting(QueueSnapshot.ItemState::labels).containsExactly(1, 0);
            assertThat(snapshot.items()).extracting(QueueSnapshot.ItemState::leased).containsExactly(1, 0);
            assertThat(snapshot.claims()).filteredOn(c -> c.annotator().equals("ann")).singleElement().satisfies(c -> {
                assertThat(c.value()).contains("A");
                assertThat(c.doneAt()).contains(T0.plusSeconds(10));
            });
            assertThat(snapshot.claims()).filteredOn(c -> c.annotator().equals("bob")).singleElement()
                    .satisfies(c -> assertThat(c.doneAt()).isEmpty());

            assertThat(store.queues().take(PROJECT, "prefs", "ann", false, T0.plusSeconds(20)).orElseThrow().item().id())
                    .isEqualTo("item-1");
            store.queues().submit(PROJECT, "lease-bob", "bob", new Answer("B", List.of(), false, Map.of()), T0.plusSeconds(30));
            assertThat(store.queues().snapshot(PROJECT, "prefs").items().get(0).labels()).isEqualTo(2);
            assertThat(store.queues().take(PROJECT, "prefs", "cid", false, T0.plus(java.time.Duration.ofHours(1)))
                    .orElseThrow().item().id()).isEqualTo("item-1");
        }
    }
}
