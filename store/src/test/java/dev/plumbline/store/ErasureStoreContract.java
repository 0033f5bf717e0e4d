package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ErasureStore} and {@link AdminLog} guarantees, run against each adapter. The
 * erased user's ids, record ids and text all contain "gone"; nothing else does, so "nothing of the
 * user remains" is checked by reading every cell of every table for it.
 */
public abstract class ErasureStoreContract {
    protected static final ProjectId PROJECT = new ProjectId("acme");
    protected static final ProjectId OTHER = new ProjectId("globex");
    private static final String USER = "user-gone";

    protected Store store;

    /** Opens the store under test on fresh storage of its own. */
    protected abstract Store openStore();

    /** A plain JDBC connection to the store's database, to read every table behind the ports' back. */
    protected abstract Connection rawConnection(Store store) throws SQLException;

    /** The schema the store's tables live in. */
    protected abstract String schema();

    /** Makes the database refuse any erasure-log row requested by {@code requestedBy}. */
    protected abstract void makeTheErasureLogRefuse(Store store, String requestedBy) throws SQLException;

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    static Interaction interaction(String id, String userId, String text) {
        return new Interaction(id, Optional.of("s-" + id), Optional.of(userId), T0, new ModelRef("acme-assist",
                Optional.empty(), Optional.empty()), List.of(Message.user(text)), "answer to " + text, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    static Feedback feedback(String id, String interactionId, String actorId) {
        return Feedback.of(id, interactionId, T0.plusSeconds(5), FeedbackType.COPY, Actor.of(ActorRole.USER, actorId));
    }

    /** The erased user's records and their neighbours', in PROJECT. */
    static List<Record> scenario() {
        return List.of(
                interaction("i-gone-1", USER, "my address is gone@example.com"),
                interaction("i-gone-2", USER, "gone text two"),
                interaction("i-kept", "user-kept", "kept text"),
                feedback("f-gone-1", "i-gone-1", USER),
                feedback("f-gone-2", "i-gone-1", "system-1"),
                feedback("f-gone-3", "i-kept", USER),
                feedback("f-kept-4", "i-kept", "user-kept"),
                Feedback.of("f-gone-5", "i-kept", T0.plusSeconds(6), FeedbackType.CHOICE, Actor.of(ActorRole.USER, "user-kept"))
                        .withChoice(List.of("i-kept"), List.of("i-gone-2")),
                Label.pairwise("l-gone-1", "i-gone-1", "i-kept", "A", Actor.of(ActorRole.ANNOTATOR, "ann-1"), T0.plusSeconds(9)),
                new Label("l-gone-2", new LabelSubject.Item("i-kept"), "4", Actor.of(ActorRole.ANNOTATOR, USER), false,
                        Optional.empty(), T0.plusSeconds(9), List.of(), Optional.empty(), false, Optional.of("1-5"),
                        Optional.empty(), Map.of()),
                new Label("l-gone-3", new LabelSubject.Item("i-gone-2"), "2", Actor.of(ActorRole.ANNOTATOR, "ann-1"), false,
                        Optional.empty(), T0.plusSeconds(9), List.of(), Optional.empty(), false, Optional.of("1-5"),
                        Optional.empty(), Map.of()),
                new Label("l-kept-4", new LabelSubject.Item("i-kept"), "5", Actor.of(ActorRole.ANNOTATOR, "ann-1"), false,
                        Optional.empty(), T0.plusSeconds(9), List.of(), Optional.empty(), false, Optional.of("1-5"),
                        Optional.empty(), Map.of()),
                Label.pairwise("l-kept-5", "i-kept", "i-elsewhere", "B", Actor.judge("gpt-4o", "gpt-4"), T0.plusSeconds(9)));
    }

    private List<String> ids(ProjectId project) {
        List<String> ids = new ArrayList<>();
        store.records().scan(project, EnumSet.allOf(Kind.class), r -> ids.add(r.id()));
        return ids;
    }

    @Test
    void erasingAUserRemovesTheirInteractionsFeedbackAndLabelsAndCountsThem() {
        store.records().append(PROJECT, scenario());

        ErasureReceipt receipt = store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(receipt.counts()).containsExactly(Map.entry("interactions", 2L), Map.entry("feedback", 4L),
                Map.entry("labels", 3L), Map.entry("derived", 0L));
        assertThat(ids(PROJECT)).containsExactlyInAnyOrder("i-kept", "f-kept-4", "l-kept-4", "l-kept-5");
    }

    static DerivedEntry fact(DerivedKind kind, String id, String user, String... sources) {
        return DerivedEntry.of(kind, id, T0, Optional.ofNullable(user), List.of(sources), "{\"about\":\"" + id + "\"}");
    }

    /** Facts derived from the scenario: two from the user's records, one of the user's, one of those, and kept ones. */
    static List<DerivedEntry> derivedScenario() {
        return List.of(
                fact(DerivedKind.PAIR, "prefer:i-gone-1>i-kept", "user-kept", "i-gone-1", "i-kept", "l-gone-1"),
                fact(DerivedKind.PAIR, "prefer:i-kept>i-elsewhere", "user-kept", "i-kept", "i-elsewhere", "l-kept-5"),
                fact(DerivedKind.SIGNAL, "signal-7", null, "f-gone-2"),
                fact(DerivedKind.PAIR, "pair-of-the-user", USER, "i-kept"),
                fact(DerivedKind.SIGNAL, "signal-of-a-pair", null, "prefer:i-gone-1>i-kept"),
                fact(DerivedKind.DATASET, "ds-1", null, "prefer:i-gone-1>i-kept", "prefer:i-kept>i-elsewhere"),
                fact(DerivedKind.PROBE_RUN, "run-1", null));
    }

    @Test
    void anErasureRemovesTheFactsDerivedFromTheUsersRecordsTransitivelyAndMarksTheDatasetsHoldingThem() {
        store.records().append(PROJECT, scenario());
        store.derived().record(PROJECT, derivedScenario());
        store.derived().record(OTHER, List.of(fact(DerivedKind.PAIR, "prefer:i-gone-1>i-kept", "user-kept", "i-gone-1")));

        ErasureReceipt receipt = store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(receipt.derived()).isEqualTo(4);
        assertThat(store.erasure().log(PROJECT)).containsExactly(receipt);
        assertThat(store.derived().list(PROJECT, DerivedKind.PAIR)).extracting(DerivedEntry::id)
                .containsExactly("prefer:i-kept>i-elsewhere");
        assertThat(store.derived().list(PROJECT, DerivedKind.SIGNAL)).isEmpty();
        assertThat(store.derived().list(PROJECT, DerivedKind.PROBE_RUN)).extracting(DerivedEntry::id).containsExactly("run-1");
        DerivedEntry dataset = store.derived().find(PROJECT, DerivedKind.DATASET, "ds-1").orElseThrow();
        assertThat(dataset.sources()).containsExactly("prefer:i-kept>i-elsewhere");
        assertThat(dataset.invalidatedBy()).contains(receipt.erasureId());
        assertThat(store.derived().find(OTHER, "prefer:i-gone-1>i-kept")).isPresent();
        assertThat(store.adminLog().read(PROJECT, 1).get(0).detail()).endsWith("derived=4 datasets_marked=1");
    }

    @Test
    void anErasureDropsTheProjectsReportSnapshotsWhichNameNoSourcesToFollow() {
        store.derived().record(PROJECT, List.of(fact(DerivedKind.REPORT_SNAPSHOT, "snapshot-1", null)));
        store.derived().record(OTHER, List.of(fact(DerivedKind.REPORT_SNAPSHOT, "snapshot-2", null)));

        ErasureReceipt receipt = store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(store.derived().list(PROJECT, DerivedKind.REPORT_SNAPSHOT)).isEmpty();
        assertThat(store.derived().list(OTHER, DerivedKind.REPORT_SNAPSHOT)).extracting(DerivedEntry::id).containsExactly("snapshot-2");
        assertThat(receipt.derived()).isEqualTo(1);
    }

    @Test
    void anErasureThatTouchesNoDerivedFactLeavesTheDatasetsUnmarked() {
        store.records().append(PROJECT, scenario());
        store.derived().record(PROJECT, List.of(fact(DerivedKind.PAIR, "p-kept", "user-kept", "i-kept", "l-kept-4"),
                fact(DerivedKind.DATASET, "ds-2", null, "p-kept")));

        store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(store.derived().find(PROJECT, "ds-2").orElseThrow().invalidatedBy()).isEmpty();
        assertThat(store.derived().find(PROJECT, "p-kept")).isPresent();
    }

    @Test
    void nothingOfTheUserRemainsInAnyTable() throws SQLException {
        store.records().append(PROJECT, scenario());
        store.derived().record(PROJECT, derivedScenario());
        store.adminLog().append(PROJECT, "cli:ops", AdminAction.KEY_CREATED, "key 0123456789ab");

        store.erasure().erase(PROJECT, USER, "cli:ops");

        Map<String, List<String>> cells = everyCell();
        assertThat(cells.keySet()).contains("records", "api_keys", "erasure_log", "admin_audit_log", "derived",
                "derived_sources");
        assertThat(cells.get("derived")).anyMatch(value -> value.contains("i-kept"));
        cells.forEach((table, values) -> assertThat(values).as("cells of %s", table)
                .noneMatch(value -> value.toLowerCase(Locale.ROOT).contains("gone")));
        assertThat(cells.get("records")).anyMatch(value -> value.contains("kept text"));
    }

    private Map<String, List<String>> everyCell() throws SQLException {
        Map<String, List<String>> cells = new java.util.TreeMap<>();
        try (Connection connection = rawConnection(store); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema() + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> values = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            values.add(String.valueOf(rs.getString(i)));
                        }
                    }
                }
                cells.put(table, values);
            }
        }
        return cells;
    }

    @Test
    void recordsOfListsExactlyWhatAnErasureWouldRemoveWithoutRemovingIt() {
        store.records().append(PROJECT, scenario());

        Set<RecordKey> keys = store.erasure().recordsOf(PROJECT, USER);

        assertThat(keys.stream().map(RecordKey::id).collect(Collectors.toSet())).containsExactlyInAnyOrder("i-gone-1",
                "i-gone-2", "f-gone-1", "f-gone-2", "f-gone-3", "f-gone-5", "l-gone-1", "l-gone-2", "l-gone-3");
        assertThat(ids(PROJECT)).hasSize(scenario().size());
    }

    @Test
    void anErasureTouchesOnlyItsProject() {
        store.records().append(PROJECT, scenario());
        store.records().append(OTHER, List.of(interaction("i-gone-1", USER, "same user, other project")));

        store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(ids(OTHER)).containsExactly("i-gone-1");
    }

    @Test
    void theErasureLogAndTheAdminLogHoldCountsAndAHashButNoIdsOrContent() {
        store.records().append(PROJECT, scenario());

        ErasureReceipt receipt = store.erasure().erase(PROJECT, USER, "cli:ops");

        assertThat(store.erasure().log(PROJECT)).containsExactly(receipt);
        assertThat(receipt.subjectHash()).isEqualTo(ErasureStore.subjectHash(PROJECT, USER)).hasSize(64);
        assertThat(store.erasure().log(OTHER)).isEmpty();
        List<AdminEntry> admin = store.adminLog().read(PROJECT, 10);
        assertThat(admin).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AdminAction.ERASURE);
            assertThat(entry.actor()).isEqualTo("cli:ops");
            assertThat(entry.detail()).isEqualTo("erasure " + receipt.erasureId()
                    + ": interactions=2 feedback=4 labels=3 derived=0 datasets_marked=0")
                    .doesNotContain("gone");
        });
    }

    @Test
    void erasingAUserWithNothingStoredLogsZeros() {
        ErasureReceipt receipt = store.erasure().erase(PROJECT, "nobody", "cli:ops");

        assertThat(receipt.total()).isZero();
        assertThat(store.erasure().log(PROJECT)).containsExactly(receipt);
    }

    @Test
    void anErasureThatCannotBeLoggedRemovesNothing() throws SQLException {
        store.records().append(PROJECT, scenario());
        makeTheErasureLogRefuse(store, "cli:refused");

        assertThatThrownBy(() -> store.erasure().erase(PROJECT, USER, "cli:refused"));

        assertThat(ids(PROJECT)).hasSize(scenario().size());
        assertThat(store.adminLog().read(PROJECT, 10)).isEmpty();
        store.records().append(PROJECT, List.of(interaction("i-after", "user-kept", "the store still takes writes")));
        assertThat(ids(PROJECT)).contains("i-after");
    }

    @Test
    void theAdminLogReadsBackInOrderPerProjectUpToALimit() {
        AdminEntry first = store.adminLog().append(PROJECT, "cli:ops", AdminAction.KEY_CREATED, "key aaaaaaaaaaaa");
        store.adminLog().append(OTHER, "cli:ops", AdminAction.KEY_CREATED, "key bbbbbbbbbbbb");
        AdminEntry second = store.adminLog().append(PROJECT, "key:cccccccccccc", AdminAction.EXPORT_MADE, "export out/dpo-1");
        AdminEntry third = store.adminLog().append(PROJECT, "cli:ops", AdminAction.KEY_REVOKED, "key aaaaaaaaaaaa");

        assertThat(store.adminLog().read(PROJECT, 10)).containsExactly(first, second, third);
        assertThat(store.adminLog().read(PROJECT, 2)).containsExactly(second, third);
        assertThat(store.adminLog().read(OTHER, 10)).extracting(AdminEntry::detail).containsExactly("key bbbbbbbbbbbb");
    }
}
