package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static dev.plumbline.store.SampleRecords.feedback;
import static dev.plumbline.store.SampleRecords.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantees every {@link RecordStore} gives, run against each adapter by a subclass that says
 * how to open its store on storage of its own for each test. Each test method gets a new instance
 * of the subclass, so fresh storage per test is a matter of field initialisers.
 */
public abstract class RecordStoreContract {
    protected static final ProjectId PROJECT = new ProjectId("acme");
    protected static final ProjectId OTHER = new ProjectId("globex");

    private final List<Store> opened = new ArrayList<>();
    protected Store store;

    /** Opens the store under test on this test's storage; called again after a close to restart it. */
    protected abstract Store openStore();

    /**
     * Makes the database itself refuse, with a constraint violation, any record whose id starts
     * with the prefix, so an append can be made to fail halfway through its insert.
     */
    protected abstract void makeTheDatabaseRejectIdsStartingWith(Store store, String prefix) throws SQLException;

    /** Runs one SQL statement on the store's database, behind the store's back. */
    protected abstract void execute(Store store, String sql) throws SQLException;

    @BeforeEach
    void openTheStore() {
        store = open();
    }

    @AfterEach
    void closeEveryStoreOpened() {
        opened.forEach(Store::close);
    }

    protected final Store open() {
        Store opening = openStore();
        opened.add(opening);
        return opening;
    }

    /** Closes the store and opens it again on the same storage, as a server restart would. */
    protected final Store restart() {
        store.close();
        store = open();
        return store;
    }

    protected static List<Record> scan(Store store, ProjectId project) {
        List<Record> records = new ArrayList<>();
        store.records().scan(project, EnumSet.allOf(Kind.class), records::add);
        return records;
    }

    protected static Set<String> ids(List<Record> records) {
        return records.stream().map(Record::id).collect(Collectors.toSet());
    }

    @Test
    void theSessionOfAnInteractionIsKnownAcrossARestartAndEmptyWithoutOneOrForAnUnknownId() {
        store.records().append(PROJECT, List.of(SampleRecords.fullInteraction("i-s"), SampleRecords.interaction("i-none"),
                SampleRecords.feedback("f-1", "i-s")));

        for (int run = 0; run < 2; run++) {
            assertThat(store.records().sessionOfInteraction(PROJECT, "i-s")).contains("session ✓ NULL");
            assertThat(store.records().sessionOfInteraction(PROJECT, "i-none")).isEmpty();
            assertThat(store.records().sessionOfInteraction(PROJECT, "f-1")).as("a feedback id").isEmpty();
            assertThat(store.records().sessionOfInteraction(PROJECT, "i-unknown")).isEmpty();
            assertThat(store.records().sessionOfInteraction(new ProjectId("other"), "i-s")).as("another project").isEmpty();
            restart();
        }
    }

    @Test
    void appendedRecordsOfEveryKindWithEveryOptionalFieldScanBackEqual() {
        List<Record> records = new ArrayList<>();
        records.add(SampleRecords.fullInteraction("i-42"));
        records.addAll(SampleRecords.feedbackOfEveryType("i-42"));
        records.addAll(SampleRecords.fullLabels("l-1"));

        AppendResult result = store.records().append(PROJECT, records);

        assertThat(result.insertedCount()).isEqualTo(records.size());
        assertThat(result.duplicates()).isEmpty();
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void recordsWithNoOptionalFieldSetScanBackEqual() {
        List<Record> records = List.of(interaction("i-1"), feedback("f-1", "i-1"), SampleRecords.pairLabel("l-1", "i-1", "i-2"));

        store.records().append(PROJECT, records);

        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void recordsScanBackEqualAfterARestart() {
        List<Record> records = new ArrayList<>(SampleRecords.feedbackOfEveryType("i-42"));
        records.add(SampleRecords.fullInteraction("i-42"));
        store.records().append(PROJECT, records);

        restart();

        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void scanYieldsOnlyTheAskedKindsInTimestampOrderThenKindThenIdByCodePoint() {
        List<String> sameInstantIds = List.of("b10", "b9", "B", "a", "é", "😀", "\uFF5A", "i-2", "I-1", "_x");
        List<Record> records = new ArrayList<>();
        sameInstantIds.forEach(id -> records.add(interaction(id, T0)));
        records.add(interaction("later", T0.plusNanos(1_000)));
        records.add(interaction("earlier", T0.minusSeconds(1)));
        records.add(feedback("f-1", "a"));
        store.records().append(PROJECT, records);

        List<String> scanned = new ArrayList<>();
        store.records().scan(PROJECT, EnumSet.of(Kind.INTERACTION), r -> scanned.add(r.id()));

        List<String> expectedSameInstant = sameInstantIds.stream()
                .sorted(Comparator.comparing((String id) -> id.codePoints().boxed().toList(), RecordStoreContract::compareCodePoints))
                .toList();
        List<String> expected = new ArrayList<>();
        expected.add("earlier");
        expected.addAll(expectedSameInstant);
        expected.add("later");
        assertThat(scanned).containsExactlyElementsOf(expected);
    }

    @Test
    void sessionScanGroupsEachSessionWithItsFeedbackRightAfterItsInteraction() {
        Interaction a1 = sessionInteraction("a1", Optional.of("s-a"), Optional.of("u-1"), T0);
        Interaction b1 = sessionInteraction("b1", Optional.of("s-b"), Optional.of("u-2"), T0.plusSeconds(1));
        Interaction a2 = sessionInteraction("a2", Optional.of("s-a"), Optional.of("u-1"), T0.plusSeconds(60));
        Interaction u1 = sessionInteraction("u1", Optional.empty(), Optional.of("u-3"), T0.plusSeconds(5));
        Interaction u2 = sessionInteraction("u2", Optional.empty(), Optional.of("u-3"), T0.plusSeconds(9000));
        Interaction alone = sessionInteraction("alone", Optional.empty(), Optional.empty(), T0.plusSeconds(2));
        Feedback lateOnA1 = Feedback.of("f-late", "a1", T0.plusSeconds(86_400), dev.plumbline.model.FeedbackType.COPY,
                dev.plumbline.model.Actor.of(dev.plumbline.model.ActorRole.USER, "u-1"));
        Feedback onA1 = feedback("f-a1", "a1");
        Feedback onU2 = feedback("f-u2", "u2");
        Feedback orphan = feedback("f-orphan", "missing");
        // Written out of order, late feedback first, to show the order comes from the scan.
        store.records().append(PROJECT, List.of(lateOnA1, u2, orphan, a2, onU2, b1, alone, a1, onA1, u1));
        store.records().append(OTHER, List.of(sessionInteraction("other", Optional.of("s-a"), Optional.empty(), T0)));

        List<String> scanned = new ArrayList<>();
        store.records().scanBySession(PROJECT, r -> scanned.add(r.id()));

        assertThat(scanned).containsExactly("f-orphan", "alone", "a1", "f-a1", "f-late", "a2", "b1", "u1", "u2", "f-u2");
    }

    @Test
    void sessionScanFilesEachLabelAfterTheInteractionItsSubjectNamesFirst() {
        Interaction a1 = sessionInteraction("a1", Optional.of("s-a"), Optional.of("u-1"), T0);
        Interaction a2 = sessionInteraction("a2", Optional.of("s-a"), Optional.of("u-1"), T0.plusSeconds(60));
        Interaction b1 = sessionInteraction("b1", Optional.of("s-b"), Optional.of("u-2"), T0.plusSeconds(1));
        Label onPair = SampleRecords.pairLabel("l-pair", "a2", "b1").withTs(T0.plusSeconds(86_400));
        Label onItem = new Label("l-item", new LabelSubject.Item("b1"), "4",
                dev.plumbline.model.Actor.of(dev.plumbline.model.ActorRole.ANNOTATOR, "ann-1"), false, Optional.empty(),
                T0.plusSeconds(2), List.of(), Optional.empty(), false, Optional.of("1-5"), Optional.empty(), Map.of());
        Label orphan = SampleRecords.pairLabel("l-orphan", "missing", "a1");
        store.records().append(PROJECT, List.of(onPair, orphan, b1, onItem, a2, feedback("f-a2", "a2"), a1));

        List<String> scanned = new ArrayList<>();
        store.records().scanBySession(PROJECT, r -> scanned.add(r.id()));

        assertThat(scanned).containsExactly("l-orphan", "a1", "a2", "f-a2", "l-pair", "b1", "l-item");
    }

    @Test
    void labelsWrittenBeforeMigrationSevenAreFiledUnderTheirInteractionOnceItRuns() throws SQLException {
        store.records().append(PROJECT, List.of(sessionInteraction("a1", Optional.of("s-a"), Optional.empty(), T0),
                sessionInteraction("b1", Optional.of("s-b"), Optional.empty(), T0),
                SampleRecords.pairLabel("l-1", "b1", "a1")));
        execute(store, "UPDATE records SET interaction_id = NULL WHERE kind = 'label'");
        execute(store, "DELETE FROM schema_migrations WHERE version = 7");
        List<String> before = new ArrayList<>();
        store.records().scanBySession(PROJECT, r -> before.add(r.id()));
        assertThat(before).containsExactly("l-1", "a1", "b1");

        restart();
        List<String> after = new ArrayList<>();
        store.records().scanBySession(PROJECT, r -> after.add(r.id()));

        assertThat(after).containsExactly("a1", "b1", "l-1");
    }

    @Test
    void theLatestRecordTimeAndTheProjectsHoldingRecordsAreKnown() {
        assertThat(store.records().latest(PROJECT)).isEmpty();
        assertThat(store.records().projects()).isEmpty();
        store.records().append(PROJECT, List.of(interaction("i-1", T0.plusNanos(1_234_567)), feedback("f-1", "i-1")));
        store.records().append(OTHER, List.of(interaction("i-1", T0.minusSeconds(5))));

        assertThat(store.records().latest(PROJECT)).contains(feedback("f-1", "i-1").ts());
        assertThat(store.records().latest(OTHER)).contains(T0.minusSeconds(5));
        assertThat(store.records().projects()).containsExactly(PROJECT, OTHER);
    }

    @Test
    void aSessionScanReadAsAnIteratorYieldsWhatTheScanYieldsAndStopsEarlyWhenClosed() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            records.add(sessionInteraction("i-" + i, Optional.of("s-" + (i % 50)), Optional.empty(), T0.plusSeconds(i)));
        }
        store.records().append(PROJECT, records);
        List<String> pushed = new ArrayList<>();
        store.records().scanBySession(PROJECT, r -> pushed.add(r.id()));

        List<String> pulled = new ArrayList<>();
        try (SessionScan scan = SessionScan.open(store.records(), PROJECT)) {
            scan.forEachRemaining(r -> pulled.add(r.id()));
        }
        try (SessionScan early = SessionScan.open(store.records(), PROJECT)) {
            assertThat(early.next().id()).isEqualTo(pushed.get(0));
        }

        assertThat(pulled).isEqualTo(pushed).hasSize(5000);
    }

    @Test
    void sessionScanOfAnEmptyProjectYieldsNothing() {
        store.records().append(PROJECT, List.of(interaction("i-1")));
        List<Record> none = new ArrayList<>();
        store.records().scanBySession(OTHER, none::add);
        assertThat(none).isEmpty();
    }

    private static Interaction sessionInteraction(String id, Optional<String> session, Optional<String> user, Instant ts) {
        Interaction base = interaction(id, ts);
        return new Interaction(id, session, user, ts, base.model(), base.messages(), base.completion(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    private static int compareCodePoints(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Test
    void scanOfNoKindsOrOfAnEmptyProjectYieldsNothing() {
        store.records().append(PROJECT, List.of(interaction("i-1")));

        assertThat(scan(store, OTHER)).isEmpty();
        List<Record> none = new ArrayList<>();
        store.records().scan(PROJECT, Set.of(), none::add);
        assertThat(none).isEmpty();
        assertThat(store.records().count(OTHER)).isZero();
    }

    @Test
    void aDuplicateWithinOneAppendIsReportedAndOnlyItsFirstOccurrenceIsStored() {
        Interaction first = interaction("i-1");
        Interaction second = first.withCompletion("a different completion");

        AppendResult result = store.records().append(PROJECT, List.of(first, interaction("i-2"), second, first));

        assertThat(result.inserted()).containsExactlyInAnyOrder(new RecordKey(Kind.INTERACTION, "i-1"),
                new RecordKey(Kind.INTERACTION, "i-2"));
        assertThat(result.duplicates()).containsExactly(new RecordKey(Kind.INTERACTION, "i-1"));
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrder(first, interaction("i-2"));
    }

    @Test
    void aDuplicateOfAStoredRecordIsReportedAndTheStoredRecordIsKeptUnchanged() {
        Interaction original = interaction("i-1");
        store.records().append(PROJECT, List.of(original));

        AppendResult result = store.records().append(PROJECT,
                List.of(original.withCompletion("changed"), interaction("i-2")));

        assertThat(result.insertedCount()).isEqualTo(1);
        assertThat(result.duplicates()).containsExactly(new RecordKey(Kind.INTERACTION, "i-1"));
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrder(original, interaction("i-2"));
    }

    @Test
    void aDuplicateIsRecognisedAfterARestartAndNeverStoredTwice() {
        List<Record> batch = List.of(interaction("i-1"), feedback("f-1", "i-1"), SampleRecords.pairLabel("l-1", "i-1", "i-2"));
        store.records().append(PROJECT, batch);

        restart();
        AppendResult again = store.records().append(PROJECT, batch);

        assertThat(again.inserted()).isEmpty();
        assertThat(again.duplicates()).containsExactlyInAnyOrder(new RecordKey(Kind.INTERACTION, "i-1"),
                new RecordKey(Kind.FEEDBACK, "f-1"), new RecordKey(Kind.LABEL, "l-1"));
        assertThat(store.records().count(PROJECT)).isEqualTo(3);
    }

    @Test
    void theSameIdInDifferentKindsNamesDifferentRecords() {
        AppendResult result = store.records().append(PROJECT,
                List.of(interaction("x"), feedback("x", "x"), SampleRecords.pairLabel("x", "x", "y")));

        assertThat(result.insertedCount()).isEqualTo(3);
        assertThat(result.duplicates()).isEmpty();
        assertThat(store.records().count(PROJECT)).isEqualTo(3);
    }

    @Test
    void anEmptyAppendWritesNothing() {
        AppendResult result = store.records().append(PROJECT, List.of());

        assertThat(result.inserted()).isEmpty();
        assertThat(store.records().count(PROJECT)).isZero();
    }

    @Test
    void anAppendTheDatabaseRefusesHalfwayWritesNothingAndTheStoreKeepsWorking() throws SQLException {
        store.records().append(PROJECT, List.of(interaction("i-0")));
        makeTheDatabaseRejectIdsStartingWith(store, "poison");
        List<Record> batch = List.of(interaction("i-1"), feedback("f-1", "i-1"), interaction("i-2"), interaction("poison-3"));

        assertThatThrownBy(() -> store.records().append(PROJECT, batch))
                .isInstanceOfSatisfying(PlumblineException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.UNAVAILABLE));

        assertThat(ids(scan(store, PROJECT))).containsExactly("i-0");
        AppendResult next = store.records().append(PROJECT, List.of(interaction("i-4")));
        assertThat(next.insertedCount()).isEqualTo(1);
        assertThat(ids(scan(store, PROJECT))).containsExactlyInAnyOrder("i-0", "i-4");
        restart();
        assertThat(ids(scan(store, PROJECT))).containsExactlyInAnyOrder("i-0", "i-4");
    }

    @Test
    void anAppendToAClosedStoreFailsAsUnavailableAndWritesNothing() {
        store.records().append(PROJECT, List.of(interaction("i-0")));
        Store closed = store;
        closed.close();

        assertThatThrownBy(() -> closed.records().append(PROJECT, List.of(interaction("i-1"))))
                .isInstanceOfSatisfying(PlumblineException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.UNAVAILABLE));

        store = open();
        assertThat(ids(scan(store, PROJECT))).containsExactly("i-0");
    }

    @Test
    void feedbackForAnInteractionNotStoredIsReportedAsOrphanAndKept() {
        store.records().append(PROJECT, List.of(interaction("i-1")));

        AppendResult result = store.records().append(PROJECT, List.of(feedback("f-1", "i-1"), feedback("f-2", "i-missing"),
                interaction("i-3"), feedback("f-3", "i-3"), feedback("f-4", "i-missing")));

        assertThat(result.orphanFeedbackIds()).containsExactlyInAnyOrder("f-2", "f-4");
        assertThat(ids(scan(store, PROJECT))).contains("f-2", "f-4");
        assertThat(store.records().stats(PROJECT).orphanFeedback()).isEqualTo(2);
    }

    @Test
    void anOrphanStopsCountingAsOrphanWhenItsInteractionArrives() {
        store.records().append(PROJECT, List.of(feedback("f-1", "i-late")));

        AppendResult late = store.records().append(PROJECT, List.of(interaction("i-late")));

        assertThat(late.orphanFeedbackIds()).isEmpty();
        assertThat(store.records().stats(PROJECT).orphanFeedback()).isZero();
    }

    @Test
    void orphansAmongManyFeedbackAreFoundExactly() {
        List<Record> interactions = IntStream.range(0, 1_200).filter(i -> i % 2 == 0)
                .mapToObj(i -> (Record) interaction("i-" + i)).toList();
        store.records().append(PROJECT, interactions);
        List<Record> feedback = IntStream.range(0, 1_200).mapToObj(i -> (Record) feedback("f-" + i, "i-" + i)).toList();

        AppendResult result = store.records().append(PROJECT, feedback);

        assertThat(result.orphanFeedbackIds()).hasSize(600).allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 1);
    }

    @Test
    void aDuplicateOrphanIsNotReportedAgain() {
        store.records().append(PROJECT, List.of(feedback("f-1", "i-missing")));

        AppendResult again = store.records().append(PROJECT, List.of(feedback("f-1", "i-missing")));

        assertThat(again.orphanFeedbackIds()).isEmpty();
        assertThat(again.duplicates()).containsExactly(new RecordKey(Kind.FEEDBACK, "f-1"));
    }

    @Test
    void statsCountPerKindPerModelReleasePerDayAndOrphans() {
        Instant day1 = Instant.parse("2026-11-01T23:59:59.999999Z");
        Instant day2 = Instant.parse("2026-11-02T00:00:00Z");
        store.records().append(PROJECT, List.of(
                SampleRecords.interaction("i-1", "acme-assist", "2026-10-01", day1),
                SampleRecords.interaction("i-2", "acme-assist", "2026-10-01", day2),
                SampleRecords.interaction("i-3", "acme-assist", "2026-11-01", day2),
                SampleRecords.interaction("i-4", "other-model", null, day2),
                feedback("f-1", "i-1"), feedback("f-2", "i-nowhere"),
                SampleRecords.pairLabel("l-1", "i-1", "i-2")));
        store.records().append(OTHER, List.of(interaction("i-elsewhere")));

        StoreStats stats = store.records().stats(PROJECT);

        assertThat(stats.perKind()).isEqualTo(Map.of("interaction", 4L, "feedback", 2L, "label", 1L));
        assertThat(stats.perModelVersion()).isEqualTo(Map.of("acme-assist@2026-10-01", 2L, "acme-assist@2026-11-01", 1L,
                "other-model", 1L));
        assertThat(stats.perDay()).isEqualTo(Map.of("2026-11-01", 4L, "2026-11-02", 3L));
        assertThat(stats.orphanFeedback()).isEqualTo(1);
        assertThat(stats.total()).isEqualTo(7).isEqualTo(store.records().count(PROJECT));
    }

    @Test
    void indexedFieldsKeepAwkwardValuesExactlyAndTellAbsentFromTheWordNull() {
        List<String> versions = List.of("NULL", "null", "", "{a,b}", "with \"quote\"", "back\\slash", "é 😀");
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            records.add(SampleRecords.interaction("v-" + i, "m", versions.get(i).isEmpty() ? null : versions.get(i), T0));
        }
        records.add(interaction("NULL"));
        records.add(feedback("f-1", "NULL"));
        records.add(feedback("f-2", "{a,b}"));

        AppendResult result = store.records().append(PROJECT, records);

        assertThat(result.orphanFeedbackIds()).containsExactly("f-2");
        assertThat(store.records().stats(PROJECT).perModelVersion()).isEqualTo(Map.of("m@NULL", 1L, "m@null", 1L, "m", 1L,
                "m@{a,b}", 1L, "m@with \"quote\"", 1L, "m@back\\slash", 1L, "m@é 😀", 1L, "acme-assist", 1L));
    }

    @Test
    void statsOfAnEmptyProjectAreEmpty() {
        StoreStats stats = store.records().stats(PROJECT);

        assertThat(stats.total()).isZero();
        assertThat(stats.perModelVersion()).isEmpty();
        assertThat(stats.perDay()).isEmpty();
        assertThat(stats.orphanFeedback()).isZero();
    }

    @Test
    void aProjectNeverSeesAnotherProjectsRecords() {
        store.records().append(PROJECT, List.of(interaction("i-1"), feedback("f-1", "i-1")));

        AppendResult other = store.records().append(OTHER, List.of(interaction("i-1").withCompletion("theirs"),
                feedback("f-2", "i-1")));

        assertThat(other.insertedCount()).isEqualTo(2);
        assertThat(other.duplicates()).isEmpty();
        assertThat(other.orphanFeedbackIds()).isEmpty();
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrder(interaction("i-1"), feedback("f-1", "i-1"));
        assertThat(scan(store, OTHER)).containsExactlyInAnyOrder(interaction("i-1").withCompletion("theirs"),
                feedback("f-2", "i-1"));
        assertThat(store.records().stats(OTHER).perKind()).isEqualTo(Map.of("interaction", 1L, "feedback", 1L));
    }

    @Test
    void feedbackIsAnOrphanWhenItsInteractionExistsOnlyInAnotherProject() {
        store.records().append(OTHER, List.of(interaction("i-1")));

        AppendResult result = store.records().append(PROJECT, List.of(feedback("f-1", "i-1")));

        assertThat(result.orphanFeedbackIds()).containsExactly("f-1");
        assertThat(store.records().stats(PROJECT).orphanFeedback()).isEqualTo(1);
    }

    @Test
    void timestampsKeepMicrosecondsExactlyAndDropFinerDigits() {
        Instant micros = Instant.parse("2026-11-01T10:00:00.123456Z");
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
        Instant farPast = Instant.parse("1600-02-29T12:00:00.000001Z");
        Instant farFuture = Instant.parse("2500-01-01T00:00:00.999999Z");
        store.records().append(PROJECT, List.of(interaction("micros", micros), interaction("nanos", micros.plusNanos(789)),
                interaction("before-epoch", beforeEpoch), interaction("before-epoch-nanos", beforeEpoch.plusNanos(1)),
                interaction("far-past", farPast), interaction("far-future", farFuture)));

        Map<String, Instant> stored = scan(store, PROJECT).stream().collect(Collectors.toMap(Record::id, Record::ts));

        assertThat(stored).isEqualTo(Map.of("micros", micros, "nanos", micros, "before-epoch", beforeEpoch,
                "before-epoch-nanos", beforeEpoch, "far-past", farPast, "far-future", farFuture));
        assertThat(store.records().stats(PROJECT).perDay()).isEqualTo(Map.of("2026-11-01", 2L, "1969-12-31", 2L,
                "1600-02-29", 1L, "2500-01-01", 1L));
    }

    @Test
    void aTimestampBeyondWhatTheStoreKeepsIsInvalidInputAndNothingIsWritten() {
        List<Record> batch = List.of(interaction("i-1"), interaction("far", Instant.parse("+300000-01-01T00:00:00Z")));

        assertThatThrownBy(() -> store.records().append(PROJECT, batch))
                .isInstanceOfSatisfying(PlumblineException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("far");
                });
        assertThat(store.records().count(PROJECT)).isZero();
    }

    @Test
    void anIndexedFieldHoldingNulIsInvalidInputInEveryStoreAndNothingIsWritten() {
        Interaction nulUser = new Interaction("i-2", Optional.empty(), Optional.of("u\u00003"), T0,
                interaction("x").model(), List.of(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());

        assertThatThrownBy(() -> store.records().append(PROJECT, List.of(interaction("i-1"), nulUser)))
                .isInstanceOfSatisfying(PlumblineException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("i-2").contains("user_id");
                });
        assertThat(store.records().count(PROJECT)).isZero();
    }

    @Test
    void textThatIsNotValidUnicodeIsInvalidInputRatherThanSilentlyAltered() {
        Interaction loneSurrogate = interaction("i-2").withCompletion("broken \uD83D half");

        assertThatThrownBy(() -> store.records().append(PROJECT, List.of(interaction("i-1"), loneSurrogate)))
                .isInstanceOfSatisfying(PlumblineException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("i-2");
                });
        assertThat(store.records().count(PROJECT)).isZero();
    }

    @Test
    void concurrentAppendsWithOverlappingIdsStoreEachIdExactlyOnce() throws Exception {
        List<Record> pool = overlappingPool();
        List<Set<RecordKey>> claimedNew = appendConcurrently(List.of(store, store, store, store), pool);

        assertThat(claimedNew.stream().flatMap(Set::stream).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(pool.stream().map(RecordKey::of).toList());
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrderElementsOf(pool);
    }

    /** 400 interactions, each with a feedback. */
    protected static List<Record> overlappingPool() {
        List<Record> pool = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pool.add(interaction("i-" + i));
            pool.add(feedback("f-" + i, "i-" + i));
        }
        return pool;
    }

    /**
     * Has one thread per given store append the whole pool, each in its own random order in
     * batches of 100, all at once; returns, per append, the keys it reported as new.
     */
    protected static List<Set<RecordKey>> appendConcurrently(List<Store> stores, List<Record> pool) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(stores.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Set<RecordKey>>>> futures = new ArrayList<>();
            for (int t = 0; t < stores.size(); t++) {
                Store target = stores.get(t);
                List<Record> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, new Random(t));
                futures.add(executor.submit(() -> {
                    start.await();
                    return appendInBatches(target, shuffled);
                }));
            }
            start.countDown();
            List<Set<RecordKey>> claimed = new ArrayList<>();
            for (Future<List<Set<RecordKey>>> future : futures) {
                claimed.addAll(future.get());
            }
            return claimed;
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<Set<RecordKey>> appendInBatches(Store target, List<Record> records) {
        List<Set<RecordKey>> claimed = new ArrayList<>();
        for (int from = 0; from < records.size(); from += 100) {
            List<Record> batch = records.subList(from, Math.min(records.size(), from + 100));
            AppendResult appended = target.records().append(PROJECT, batch);
            Set<RecordKey> fresh = batch.stream().map(RecordKey::of).collect(Collectors.toCollection(HashSet::new));
            fresh.removeAll(appended.duplicates());
            assertThat(appended.inserted()).as("new keys are those not reported duplicate").isEqualTo(fresh);
            claimed.add(fresh);
        }
        return claimed;
    }

    @Test
    void anInteractionIsFoundByIdOnlyInItsOwnProject() {
        Interaction stored = SampleRecords.fullInteraction("i-found");
        store.records().append(PROJECT, List.of(stored, feedback("f-found", "i-found")));

        assertThat(store.records().interaction(PROJECT, "i-found")).contains(stored);
        assertThat(store.records().interaction(PROJECT, "f-found")).isEmpty();
        assertThat(store.records().interaction(PROJECT, "i-missing")).isEmpty();
        assertThat(store.records().interaction(OTHER, "i-found")).isEmpty();
    }

    @Test
    void appendsOfEveryFeedbackTypeAreCountedPerKind() {
        List<Feedback> all = SampleRecords.feedbackOfEveryType("i-1");

        store.records().append(PROJECT, Stream.concat(Stream.of(interaction("i-1")), all.stream()).toList());

        assertThat(store.records().stats(PROJECT).perKind()).containsEntry("feedback", (long) all.size());
    }
}
