package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.feedback;
import static dev.plumbline.store.SampleRecords.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record store contract on the embedded store: a real DuckDB file in a temporary directory. */
class DuckDbRecordStoreTest extends RecordStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }

    @Override
    protected void makeTheDatabaseRejectIdsStartingWith(Store store, String prefix) throws SQLException {
        // DuckDB cannot add a constraint to an existing table, so the table is rebuilt with one.
        rebuildRecordsTable(store, recordsTableDefinition().replace("body           VARCHAR NOT NULL",
                "body           VARCHAR NOT NULL, CHECK (id NOT LIKE '" + prefix + "%')"));
    }

    private static void rebuildRecordsTable(Store store, String create) throws SQLException {
        try (Connection connection = ((DuckDbStore) store).connectionWithoutApplying();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE records RENAME TO records_previous");
            statement.execute(create);
            statement.execute("INSERT INTO records SELECT * FROM records_previous");
            statement.execute("DROP TABLE records_previous");
        }
    }

    @Test
    void theSessionScanJoinsRecordsToTheirInteractionByHashNotByNestedLoop() throws SQLException {
        store.records().append(PROJECT, List.of(interaction("i-1"), feedback("f-1", "i-1")));
        String sql = ((JdbcRecordStore) store.records()).sessionScanSql();
        StringBuilder plan = new StringBuilder();
        try (Connection connection = ((DuckDbStore) store).connectionWithoutApplying();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setString(1, PROJECT.value());
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(2));
                }
            }
        }
        // a nested-loop join made the scan quadratic: mine of 607,111 records took 110-228 s, 17.5-19.7 s now (BENCHMARKS.md, ingest)
        assertThat(plan.toString()).contains("HASH_JOIN").doesNotContain("NL_JOIN");
    }

    /**
     * Not this store's behaviour: an embedded append commits to the journal, and DuckDB takes the
     * rows afterwards (see {@link #rowsDuckDbRefusesStayJournaledAndAreAppliedOnceItAcceptsThem}).
     */
    @Override
    void anAppendTheDatabaseRefusesHalfwayWritesNothingAndTheStoreKeepsWorking() {
    }

    @Test
    void rowsDuckDbRefusesStayJournaledAndAreAppliedOnceItAcceptsThem() throws SQLException {
        store.records().append(PROJECT, List.of(interaction("i-0")));
        makeTheDatabaseRejectIdsStartingWith(store, "poison");

        AppendResult result = store.records().append(PROJECT, List.of(interaction("i-1"), interaction("poison-2")));

        assertThat(result.insertedCount()).isEqualTo(2);
        assertThatThrownBy(() -> store.records().count(PROJECT))
                .isInstanceOfSatisfying(PlumblineException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.UNAVAILABLE));
        rebuildRecordsTable(store, recordsTableDefinition());
        assertThat(ids(scan(store, PROJECT))).containsExactlyInAnyOrder("i-0", "i-1", "poison-2");
        restart();
        assertThat(ids(scan(store, PROJECT))).containsExactlyInAnyOrder("i-0", "i-1", "poison-2");
        assertThat(store.records().append(PROJECT, List.of(interaction("poison-2"))).insertedCount()).isZero();
    }

    @Test
    void theSessionOfAnInteractionComesFromTheJournalBeforeDuckDbHasItsRow() throws SQLException {
        makeTheDatabaseRejectIdsStartingWith(store, "poison");
        store.records().append(PROJECT, List.of(SampleRecords.fullInteraction("poison-1")));

        // DuckDB cannot take the row, so any read of records fails; the key index still answers
        assertThatThrownBy(() -> store.records().count(PROJECT)).isInstanceOf(PlumblineException.class);
        assertThat(store.records().sessionOfInteraction(PROJECT, "poison-1")).contains("session ✓ NULL");
        rebuildRecordsTable(store, recordsTableDefinition());
    }

    @Test
    void anInteractionIndexedFromAnOlderDataDirectoryHasItsSessionReadFromDuckDb() throws Exception {
        store.records().append(PROJECT, List.of(SampleRecords.fullInteraction("i-old")));
        store.close();
        deleteRecursively(data.resolve("journal"));
        store = openStore();

        assertThat(store.records().sessionOfInteraction(PROJECT, "i-old")).contains("session ✓ NULL");
    }

    @Test
    void aRecordAQueueWroteInItsOwnTransactionIsADuplicateForIngest() {
        JdbcRecordStore jdbc = (JdbcRecordStore) store.records();
        jdbc.inWriteTransaction(c -> {
            jdbc.appendNewWithin(c, PROJECT, List.of(interaction("q-1")));
            return null;
        });

        assertThat(store.records().append(PROJECT, List.of(interaction("q-1"))).insertedCount()).isZero();
        assertThat(ids(scan(store, PROJECT))).containsExactly("q-1");
    }

    @Test
    void keysClaimedByATransactionThatRolledBackMayBeWrittenAgain() {
        JdbcRecordStore jdbc = (JdbcRecordStore) store.records();
        assertThatThrownBy(() -> jdbc.inWriteTransaction(c -> {
            jdbc.appendNewWithin(c, PROJECT, List.of(interaction("q-1")));
            throw new SQLException("the queue's own write failed");
        })).isInstanceOf(PlumblineException.class);

        assertThat(store.records().append(PROJECT, List.of(interaction("q-1"))).insertedCount()).isEqualTo(1);
        assertThat(ids(scan(store, PROJECT))).containsExactly("q-1");
    }

    @Test
    void keysAQueueClaimedAndSyncedWhenTheProcessDiedBeforeItsCommitAreGivenBackAtOpen() throws Exception {
        // what a kill -9 between the claimed keys' sync and the DuckDB commit leaves behind
        whileStopped(journal -> {
            assertThat(journal.claim(PROJECT, List.of(new RecordKey(Kind.LABEL, "label-q-item-ann"),
                    new RecordKey(Kind.INTERACTION, "q-1")))).isTrue();
            journal.sync();
        });

        JdbcRecordStore jdbc = (JdbcRecordStore) store.records();
        jdbc.inWriteTransaction(c -> {
            jdbc.appendNewWithin(c, PROJECT, List.of(interaction("q-1")));
            return null;
        });
        assertThat(ids(scan(store, PROJECT))).containsExactly("q-1");
        restart();
        assertThat(store.records().append(PROJECT, List.of(interaction("q-1"))).insertedCount()).isZero();
    }

    @Test
    void aClaimedKeyWhoseRowCommittedStaysHeldWhenTheNoteOfItsCommitWasLost() throws Exception {
        JdbcRecordStore jdbc = (JdbcRecordStore) store.records();
        jdbc.inWriteTransaction(c -> {
            jdbc.appendNewWithin(c, PROJECT, List.of(interaction("q-1")));
            return null;
        });
        // the commit's note is written unsynced: a crash may lose it, leaving the claim open
        whileStopped(journal -> {
            journal.removeKeys(PROJECT, java.util.Set.of(new RecordKey(Kind.INTERACTION, "q-1")));
            assertThat(journal.claim(PROJECT, List.of(new RecordKey(Kind.INTERACTION, "q-1")))).isTrue();
            journal.sync();
        });

        assertThat(store.records().append(PROJECT, List.of(interaction("q-1"))).insertedCount()).isZero();
        assertThat(ids(scan(store, PROJECT))).containsExactly("q-1");
    }

    @Test
    void oneKeyTwiceInOneQueueTransactionIsADuplicateAndWritesNothing() {
        JdbcRecordStore jdbc = (JdbcRecordStore) store.records();
        // e.g. label ids built from an item and an annotator name that both hold hyphens
        assertThatThrownBy(() -> jdbc.inWriteTransaction(c -> {
            jdbc.appendNewWithin(c, PROJECT, List.of(interaction("q-1"), interaction("q-1")));
            return null;
        })).isInstanceOfSatisfying(PlumblineException.class, e -> assertThat(e.getMessage()).contains("duplicate key"));

        assertThat(ids(scan(store, PROJECT))).isEmpty();
        assertThat(store.records().append(PROJECT, List.of(interaction("q-1"))).insertedCount()).isEqualTo(1);
    }

    @Test
    void aKeyTheIndexLacksIsFoundInDuckDbWhenTheIndexIsCheckedAgain() throws Exception {
        store.records().append(PROJECT, List.of(interaction("i-0")));
        // a journal from before V9, or restored from an older copy: DuckDB holds a row its index lacks
        whileStopped(journal -> {
            journal.removeKeys(PROJECT, java.util.Set.of(new RecordKey(Kind.INTERACTION, "i-0")));
            journal.markIndexIncomplete();
        });

        assertThat(store.records().append(PROJECT, List.of(interaction("i-0"))).insertedCount()).isZero();
        assertThat(ids(scan(store, PROJECT))).containsExactly("i-0");
    }

    @Test
    void aDataDirectoryFromBeforeTheJournalHasItsKeysIndexedAtOpen() throws Exception {
        store.records().append(PROJECT, List.of(interaction("i-0"), feedback("f-0", "i-0")));
        store.close();
        deleteRecursively(data.resolve("journal"));
        store = openStore();

        assertThat(store.records().append(PROJECT, List.of(interaction("i-0"))).insertedCount()).isZero();
        assertThat(store.records().append(PROJECT, List.of(feedback("f-1", "i-0"))).orphanFeedbackIds()).isEmpty();
        assertThat(ids(scan(store, PROJECT))).containsExactlyInAnyOrder("i-0", "f-0", "f-1");
    }

    @Test
    void anIdErasedJustBeforeTheProcessDiedMayBeSentAgainAfterTheRestart() throws Exception {
        store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")));
        // what a kill -9 between the erasure's commit and its removal of the keys leaves behind
        whileStopped(journal -> {
            journal.markUnsettled(PROJECT, java.util.Set.of(new RecordKey(Kind.INTERACTION, "i-0")));
            try (Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:" + data.resolve("plumbline.duckdb"));
                    Statement statement = duck.createStatement()) {
                statement.execute("DELETE FROM records WHERE id = 'i-0'");
            }
        });

        assertThat(store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")))
                .insertedCount()).isEqualTo(1);
    }

    @Test
    void anErasureMarksItsKeysBeforeItCommitsAndAFailedOneKeepsThemAtTheNextOpen() throws Exception {
        store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")));
        try (Connection connection = ((DuckDbStore) store).connectionWithoutApplying();
                Statement statement = connection.createStatement()) {
            // the erasure's own log refuses this requester, so the erasure fails after it marked its keys
            statement.execute("DROP TABLE erasure_log");
            statement.execute("CREATE TABLE erasure_log (erasure_id VARCHAR PRIMARY KEY, project VARCHAR NOT NULL,"
                    + " subject_hash VARCHAR NOT NULL, requested_by VARCHAR NOT NULL, erased_us BIGINT NOT NULL,"
                    + " interactions BIGINT NOT NULL, feedback BIGINT NOT NULL, labels BIGINT NOT NULL,"
                    + " CHECK (requested_by <> 'refused'))");
        }
        assertThatThrownBy(() -> store.erasure().erase(PROJECT, "user-1", "refused")).isInstanceOf(PlumblineException.class);
        whileStopped(journal -> assertThat(journal.unsettledKeys())
                .containsEntry(PROJECT, java.util.Set.of(new RecordKey(Kind.INTERACTION, "i-0"))));

        assertThat(store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")))
                .insertedCount()).as("the row is still there, so its key stays").isZero();
        whileStopped(journal -> assertThat(journal.unsettledKeys()).isEmpty());
    }

    /** Work on the journal of a stopped store, as a crash or an older copy would have left it. */
    private interface JournalWork {
        void run(IngestJournal journal) throws Exception;
    }

    /** Stops the store, lets {@code work} change its journal (and files beside it), and opens the store again. */
    private void whileStopped(JournalWork work) throws Exception {
        store.close();
        try (IngestJournal journal = IngestJournal.open(data.resolve("journal"))) {
            work.run(journal);
        }
        store = openStore();
    }

    @Test
    void erasedIdsMayBeSentAgain() {
        store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")));
        store.erasure().erase(PROJECT, "user-1", "admin");

        assertThat(store.records().append(PROJECT, List.of(ErasureStoreContract.interaction("i-0", "user-1", "hello")))
                .insertedCount()).isEqualTo(1);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    protected void execute(Store store, String sql) throws SQLException {
        try (Connection connection = ((DuckDbStore) store).newConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String recordsTableDefinition() {
        try (InputStream in = DuckDbStore.class.getResourceAsStream("/db/duckdb/V9__records_without_primary_key.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(script.split(";")).filter(sql -> sql.contains("CREATE TABLE records (")).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
