package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantees every {@link QueueStore} and {@link AccountStore} give, run against each adapter
 * by a subclass that opens its store on storage of its own for each test.
 */
public abstract class QueueStoreContract {
    private static final ProjectId PROJECT = new ProjectId("acme");
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private Store store;

    /** Opens the store under test on this test's storage. */
    protected abstract Store openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    private QueueStore queues() {
        return store.queues();
    }

    private void queue(String id, int overlap, int items) {
        queues().create(PROJECT, Queue.pairwise(id, overlap, "v3", T0).withLease(Duration.ofMinutes(5)));
        queues().add(PROJECT, id, IntStream.range(0, items).mapToObj(i -> item("item-" + i, Optional.empty())).toList());
    }

    private static QueueItem item(String id, Optional<String> gold) {
        return new QueueItem(id, new LabelSubject.Pair(id + "-a", id + "-b"), "{\"prompt\":\"p\"}", "audit", gold, T0);
    }

    private static Answer answer(String value) {
        return new Answer(value, List.of(), false, Map.of());
    }

    private Lease take(String queue, String annotator) {
        return queues().take(PROJECT, queue, annotator, false, T0).orElseThrow();
    }

    @Test
    void aCreatedQueueReadsBackWithItsSettings() {
        Queue queue = new Queue("prefs", "Preferences", QueueKind.PAIRWISE, 3, Duration.ofSeconds(90), "v3",
                Optional.of("https://example.org/guide"), true, 0.1, 42, T0);
        queues().create(PROJECT, queue);
        assertThat(queues().queue(PROJECT, "prefs")).contains(queue);
        assertThat(queues().queues(PROJECT)).containsExactly(queue);
        assertThat(queues().queues(new ProjectId("other"))).isEmpty();
    }

    @Test
    void creatingAQueueTwiceIsAConflict() {
        queue("prefs", 1, 0);
        assertThatThrownBy(() -> queues().create(PROJECT, Queue.pairwise("prefs", 1, "v1", T0)))
                .isInstanceOf(PlumblineException.class).extracting(e -> ((PlumblineException) e).type())
                .isEqualTo(ErrorType.CONFLICT);
    }

    @Test
    void addingAnItemTwiceKeepsOneCopy() {
        queue("prefs", 1, 2);
        assertThat(queues().add(PROJECT, "prefs", List.of(item("item-1", Optional.empty()), item("item-9", Optional.empty()))))
                .isEqualTo(1);
        assertThat(queues().snapshot(PROJECT, "prefs").items()).hasSize(3);
    }

    @Test
    void aSingleItemCannotJoinAPairwiseQueue() {
        queue("prefs", 1, 0);
        QueueItem single = new QueueItem("x", new LabelSubject.Item("i-1"), "{}", "audit", Optional.empty(), T0);
        assertThatThrownBy(() -> queues().add(PROJECT, "prefs", List.of(single))).hasMessageContaining("pairwise");
    }

    @Test
    void takingLeasesTheOldestItemForTheQueuesLeaseTime() {
        queue("prefs", 1, 3);
        Lease lease = take("prefs", "ann");
        assertThat(lease.item().id()).isEqualTo("item-0");
        assertThat(lease.item().subject()).isEqualTo(new LabelSubject.Pair("item-0-a", "item-0-b"));
        assertThat(lease.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(take("prefs", "other").item().id()).isEqualTo("item-1");
    }

    @Test
    void anAnnotatorNeverGetsAnItemTheyHoldOrLabelled() {
        queue("prefs", 2, 2);
        Lease first = take("prefs", "ann");
        Lease second = take("prefs", "ann");
        assertThat(second.item().id()).isEqualTo("item-1");
        queues().submit(PROJECT, first.id(), "ann", answer("A"), T0);
        queues().submit(PROJECT, second.id(), "ann", answer("B"), T0);
        assertThat(queues().take(PROJECT, "prefs", "ann", false, T0)).isEmpty();
        assertThat(take("prefs", "bob").item().id()).isEqualTo("item-0");
    }

    @Test
    void noItemGetsMoreThanKAnnotators() {
        queue("prefs", 2, 1);
        Lease ann = take("prefs", "ann");
        Lease bob = take("prefs", "bob");
        assertThat(List.of(ann.slot(), bob.slot())).containsExactlyInAnyOrder(0, 1);
        assertThat(queues().take(PROJECT, "prefs", "cid", false, T0)).isEmpty();
        queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0);
        queues().submit(PROJECT, bob.id(), "bob", answer("A"), T0);
        assertThat(queues().take(PROJECT, "prefs", "cid", false, T0)).isEmpty();
        assertThat(queues().snapshot(PROJECT, "prefs").items().get(0).labels()).isEqualTo(2);
    }

    @Test
    void anExpiredLeaseReturnsTheItemAndCannotBeSubmitted() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        Instant later = T0.plus(Duration.ofMinutes(6));
        Lease bob = queues().take(PROJECT, "prefs", "bob", false, later).orElseThrow();
        assertThat(bob.item().id()).isEqualTo(ann.item().id());
        assertThatThrownBy(() -> queues().submit(PROJECT, ann.id(), "ann", answer("A"), later))
                .isInstanceOf(PlumblineException.class).extracting(e -> ((PlumblineException) e).type())
                .isEqualTo(ErrorType.NOT_FOUND);
        queues().submit(PROJECT, bob.id(), "bob", answer("A"), later);
    }

    @Test
    void submittingAfterTheLeaseExpiredIsAConflictEvenBeforeItIsReclaimed() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        assertThatThrownBy(() -> queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0.plus(Duration.ofHours(1))))
                .isInstanceOf(PlumblineException.class).extracting(e -> ((PlumblineException) e).type())
                .isEqualTo(ErrorType.CONFLICT);
    }

    @Test
    void onlyTheLeaseHolderCanSubmitIt() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        assertThatThrownBy(() -> queues().submit(PROJECT, ann.id(), "mallory", answer("A"), T0))
                .isInstanceOf(PlumblineException.class).extracting(e -> ((PlumblineException) e).type())
                .isEqualTo(ErrorType.NOT_FOUND);
    }

    @Test
    void aSkippedItemNeverComesBackToTheSkipperButGoesToOthers() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        queues().skip(PROJECT, ann.id(), "ann", T0);
        assertThat(queues().take(PROJECT, "prefs", "ann", false, T0)).isEmpty();
        assertThat(take("prefs", "bob").item().id()).isEqualTo("item-0");
        assertThat(queues().snapshot(PROJECT, "prefs").skips()).isEqualTo(1);
    }

    @Test
    void aLeaseCanBeReadBackOnlyByItsHolderWhileItIsLive() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        assertThat(queues().lease(PROJECT, ann.id(), "ann", T0)).contains(ann);
        assertThat(queues().lease(PROJECT, ann.id(), "bob", T0)).isEmpty();
        assertThat(queues().lease(PROJECT, ann.id(), "ann", T0.plus(Duration.ofHours(1)))).isEmpty();
        queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0);
        assertThat(queues().lease(PROJECT, ann.id(), "ann", T0)).isEmpty();
    }

    @Test
    void itemsAddedAfterWorkBeganAreOfferedToo() {
        queue("prefs", 1, 1);
        Lease first = take("prefs", "ann");
        queues().submit(PROJECT, first.id(), "ann", answer("A"), T0);
        assertThat(queues().take(PROJECT, "prefs", "ann", false, T0)).isEmpty();
        queues().add(PROJECT, "prefs", List.of(item("late", Optional.empty())));
        assertThat(take("prefs", "ann").item().id()).isEqualTo("late");
    }

    @Test
    void aReopenedStoreRemembersWhoHoldsAndLabelledWhat() {
        queue("prefs", 2, 2);
        Lease ann = take("prefs", "ann");
        queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0);
        take("prefs", "bob");
        store.close();
        store = openStore();
        assertThat(take("prefs", "ann").item().id()).isEqualTo("item-1");
        assertThat(take("prefs", "bob").item().id()).isEqualTo("item-1");
        assertThat(queues().take(PROJECT, "prefs", "cid", false, T0)).isEmpty();
    }

    @Test
    void aLeaseTakenBeforeARestartStillExpiresAndFreesItsSlot() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        store.close();
        store = openStore();
        assertThat(queues().take(PROJECT, "prefs", "bob", false, T0.plus(Duration.ofMinutes(4)))).isEmpty();
        Lease bob = queues().take(PROJECT, "prefs", "bob", false, T0.plus(Duration.ofMinutes(6))).orElseThrow();
        assertThat(bob.item().id()).isEqualTo(ann.item().id());
        assertThat(bob.slot()).isEqualTo(ann.slot());
    }

    @Test
    void aSubmittedLabelIsNeverReclaimedHoweverLongAfterItsLeaseEnded() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0.plusSeconds(10));
        Instant muchLater = T0.plus(Duration.ofDays(2));
        assertThat(queues().take(PROJECT, "prefs", "bob", false, muchLater)).isEmpty();
        store.close();
        store = openStore();
        assertThat(queues().take(PROJECT, "prefs", "cid", false, muchLater.plusSeconds(5))).isEmpty();
        QueueSnapshot snapshot = queues().snapshot(PROJECT, "prefs");
        assertThat(snapshot.items()).singleElement().satisfies(item -> {
            assertThat(item.labels()).isEqualTo(1);
            assertThat(item.leased()).isZero();
        });
        assertThat(snapshot.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.value()).contains("A");
            assertThat(claim.doneAt()).contains(T0.plusSeconds(10));
        });
    }

    @Test
    void aLeaseCannotBeSubmittedTwice() {
        queue("prefs", 2, 1);
        Lease ann = take("prefs", "ann");
        queues().submit(PROJECT, ann.id(), "ann", answer("A"), T0);
        assertThatThrownBy(() -> queues().submit(PROJECT, ann.id(), "ann", answer("B"), T0))
                .isInstanceOf(PlumblineException.class);
        store.close();
        store = openStore();
        assertThatThrownBy(() -> queues().submit(PROJECT, ann.id(), "ann", answer("B"), T0))
                .isInstanceOf(PlumblineException.class).extracting(e -> ((PlumblineException) e).type())
                .isEqualTo(ErrorType.CONFLICT);
        assertThat(queues().snapshot(PROJECT, "prefs").items().get(0).labels()).isEqualTo(1);
    }

    @Test
    void aLeaseSubmittedTwiceAtOnceGivesOneLabel() throws Exception {
        int annotators = 8;
        queue("prefs", annotators, 1);
        List<Lease> leases = IntStream.range(0, annotators).mapToObj(a -> take("prefs", "ann-" + a)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2 * annotators);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<Boolean>> submits = new ArrayList<>();
            for (Lease lease : leases) {
                for (int twice = 0; twice < 2; twice++) {
                    submits.add(pool.submit(() -> {
                        start.await();
                        try {
                            queues().submit(PROJECT, lease.id(), lease.annotator(), answer("A"), T0);
                            return true;
                        } catch (PlumblineException e) {
                            return false;
                        }
                    }));
                }
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> submit : submits) {
                accepted += submit.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(annotators);
        } finally {
            pool.shutdownNow();
        }
        assertThat(queues().snapshot(PROJECT, "prefs").items().get(0).labels()).isEqualTo(annotators);
        List<Record> labels = new ArrayList<>();
        store.records().scan(PROJECT, Set.of(Kind.LABEL), labels::add);
        assertThat(labels).hasSize(annotators);
    }

    @Test
    void aReleasedItemCanBeTakenAgain() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        queues().release(PROJECT, ann.id(), "ann");
        assertThat(take("prefs", "ann").item().id()).isEqualTo("item-0");
    }

    @Test
    void submittingWritesAV1LabelRecordWithItsProvenance() {
        queue("prefs", 1, 1);
        Lease ann = take("prefs", "ann");
        Label label = queues().submit(PROJECT, ann.id(), "ann",
                new Answer("B", List.of("item-0-b", "item-0-a"), false, Map.of("presentation", "blind")), T0);
        List<Record> stored = new ArrayList<>();
        store.records().scan(PROJECT, Set.of(Kind.LABEL), stored::add);
        assertThat(stored).containsExactly(label);
        assertThat(label.value()).isEqualTo("B");
        assertThat(label.order()).containsExactly("item-0-b", "item-0-a");
        assertThat(label.guideline()).contains("v3");
        assertThat(label.actor().id()).contains("ann");
        assertThat(label.meta()).containsEntry("queue", "prefs").containsEntry("item", "item-0")
                .containsEntry("policy", "audit").containsEntry("presentation", "blind");
    }

    @Test
    void goldItemsComeFirstWhenAskedForAndTheirLabelsSaySo() {
        queue("prefs", 1, 1);
        queues().add(PROJECT, "prefs", List.of(item("gold-1", Optional.of("A"))));
        Lease gold = queues().take(PROJECT, "prefs", "ann", true, T0).orElseThrow();
        assertThat(gold.item().id()).isEqualTo("gold-1");
        Label label = queues().submit(PROJECT, gold.id(), "ann", answer("B"), T0);
        assertThat(label.meta()).containsEntry("gold", "true").containsEntry("gold_answer", "A");
        assertThat(queues().take(PROJECT, "prefs", "ann", true, T0).orElseThrow().item().id()).isEqualTo("item-0");
    }

    @Test
    void theSnapshotCountsLabelsLeasesAndClaims() {
        queue("prefs", 2, 2);
        Lease ann = take("prefs", "ann");
        take("prefs", "bob");
        queues().submit(PROJECT, ann.id(), "ann", answer("tie"), T0.plusSeconds(30));
        QueueSnapshot snapshot = queues().snapshot(PROJECT, "prefs");
        assertThat(snapshot.items()).extracting(QueueSnapshot.ItemState::labels).containsExactly(1, 0);
        assertThat(snapshot.items()).extracting(QueueSnapshot.ItemState::leased).containsExactly(1, 0);
        assertThat(snapshot.claims()).filteredOn(c -> c.annotator().equals("ann")).singleElement()
                .satisfies(c -> {
                    assertThat(c.value()).contains("tie");
                    assertThat(c.doneAt()).contains(T0.plusSeconds(30));
                });
    }

    @Test
    void concurrentAnnotatorsNeverShareASlotAndNeverExceedK() throws Exception {
        int items = 40;
        int overlap = 3;
        queue("race", overlap, items);
        Map<String, String> holders = new ConcurrentHashMap<>();
        List<String> clashes = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int a = 0; a < 8; a++) {
                String annotator = "ann-" + a;
                done.add(pool.submit(() -> work(annotator, holders, clashes)));
            }
            int labelled = 0;
            for (Future<Integer> future : done) {
                labelled += future.get();
            }
            assertThat(clashes).isEmpty();
            assertThat(labelled).isEqualTo(items * overlap);
        } finally {
            pool.shutdownNow();
        }
        QueueSnapshot snapshot = queues().snapshot(PROJECT, "race");
        assertThat(snapshot.items()).allSatisfy(item -> assertThat(item.labels()).isEqualTo(overlap));
        Map<String, Set<String>> annotatorsPerItem = new HashMap<>();
        snapshot.claims().forEach(c -> annotatorsPerItem.computeIfAbsent(c.itemId(), i -> new HashSet<>()).add(c.annotator()));
        assertThat(annotatorsPerItem.values()).allSatisfy(set -> assertThat(set).hasSize(overlap));
        List<Record> labels = new ArrayList<>();
        store.records().scan(PROJECT, Set.of(Kind.LABEL), labels::add);
        assertThat(labels).hasSize(items * overlap);
        assertThat(labels.stream().map(r -> ((Label) r).meta().get("item") + "/" + ((Label) r).meta().get("slot"))
                .collect(Collectors.toSet())).hasSize(items * overlap);
    }

    /** Takes and submits until the queue has nothing left for this annotator, noting any slot held twice. */
    private int work(String annotator, Map<String, String> holders, List<String> clashes) {
        int labelled = 0;
        while (true) {
            Optional<Lease> lease = queues().take(PROJECT, "race", annotator, false, Instant.now());
            if (lease.isEmpty()) {
                return labelled;
            }
            String slot = lease.get().item().id() + "/" + lease.get().slot();
            String previous = holders.putIfAbsent(slot, annotator);
            if (previous != null) {
                clashes.add(slot + " held by " + previous + " and " + annotator);
            }
            queues().submit(PROJECT, lease.get().id(), annotator, answer(labelled % 2 == 0 ? "A" : "B"), Instant.now());
            labelled++;
        }
    }

    @Test
    void accountsAreUniqueByNameAndSeeOnlyTheirAssignedQueues() {
        queue("prefs", 1, 0);
        queue("other", 1, 0);
        Account ann = new Account("ann", PROJECT, AccountRole.ANNOTATOR, "$argon2id$stub", T0);
        store.accounts().create(ann);
        assertThat(store.accounts().account("ann")).contains(ann);
        assertThatThrownBy(() -> store.accounts().create(ann)).isInstanceOf(PlumblineException.class)
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.CONFLICT);
        store.accounts().assign(PROJECT, "prefs", "ann");
        store.accounts().assign(PROJECT, "prefs", "ann");
        assertThat(store.accounts().assignedQueues(PROJECT, "ann")).containsExactly("prefs");
        assertThat(store.accounts().accounts(PROJECT)).containsExactly(ann);
        assertThatThrownBy(() -> store.accounts().assign(new ProjectId("globex"), "prefs", "ann"))
                .isInstanceOf(PlumblineException.class);
    }
}
