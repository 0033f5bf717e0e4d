package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static dev.plumbline.store.SampleRecords.feedback;
import static dev.plumbline.store.SampleRecords.fullInteraction;
import static dev.plumbline.store.SampleRecords.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Encoder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V9 rebuilds the embedded store's records table without its primary key (the journal's
 * key index decides what is new): rows written before it are all kept, still count as
 * duplicates, and the rebuilt table survives a restart that replays it from DuckDB's WAL.
 */
class DuckDbRecordsMigrationTest {
    private static final ProjectId PROJECT = new ProjectId("acme");

    @TempDir
    Path data;

    private Connection openDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + data.resolve("plumbline.duckdb"));
    }

    /** A V8 database holding these records, written as the store before V9 wrote them. */
    private void writeVersionEightRecords(List<Record> records) throws SQLException {
        V1Encoder encoder = new V1Encoder();
        try (Connection c = openDatabase()) {
            Migrations.apply(c, "duckdb", Migrations.SCRIPTS.subList(0,
                    Migrations.SCRIPTS.indexOf("V9__records_without_primary_key.sql")));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO records (project, " + RecordRow.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Record record : records) {
                    RecordRow row = RecordRow.of(record, encoder);
                    insert.setString(1, PROJECT.value());
                    insert.setString(2, row.kind());
                    insert.setString(3, row.id());
                    insert.setLong(4, row.tsMicros());
                    insert.setInt(5, row.day());
                    String[] texts = {row.sessionId(), row.userId(), row.interactionId(), row.type(), row.modelName(),
                        row.modelVersion(), row.modelFamily(), row.actorRole(), row.actorId(), row.body()};
                    for (int i = 0; i < texts.length; i++) {
                        insert.setString(6 + i, texts[i]);
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<String> ids(Store store) {
        List<String> ids = new ArrayList<>();
        store.records().scan(PROJECT, java.util.EnumSet.allOf(Kind.class), record -> ids.add(record.id()));
        return ids;
    }

    private long primaryKeys() throws SQLException {
        try (Connection c = openDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_constraints()"
                        + " WHERE table_name = 'records' AND constraint_type = 'PRIMARY KEY'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void recordsWrittenBeforeVersionNineAreAllKeptAndStillCountAsDuplicates() throws SQLException {
        writeVersionEightRecords(List.of(interaction("i-0", T0), fullInteraction("i-full"),
                feedback("f-0", "i-0"), interaction("i-1", T0.plusSeconds(60))));

        List<String> seqBefore = idsBySeq();
        try (Store store = DuckDbStore.open(data)) {
            assertThat(ids(store)).containsExactly("i-0", "i-full", "f-0", "i-1");
            assertThat(store.records().find(PROJECT, Kind.INTERACTION, "i-full")).contains(fullInteraction("i-full"));
            AppendResult again = store.records().append(PROJECT, List.of(interaction("i-0", T0), interaction("i-2", T0)));
            assertThat(again.insertedCount()).isEqualTo(1);
            assertThat(store.records().count(PROJECT)).isEqualTo(5);
        }
        assertThat(primaryKeys()).isZero();
        assertThat(idsBySeq()).startsWith(seqBefore.toArray(String[]::new)).hasSize(5);
    }

    /** Each row's id and its seq, in seq order. */
    private List<String> idsBySeq() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = openDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, seq FROM records ORDER BY seq")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "@" + rs.getLong(2));
            }
        }
        return rows;
    }

    @Test
    void theRebuiltTableIsReplayedFromTheWalAfterAStopWithoutACheckpoint() throws SQLException {
        writeVersionEightRecords(List.of(interaction("i-0", T0), feedback("f-0", "i-0")));
        try (Connection c = openDatabase(); Statement s = c.createStatement()) {
            // as a kill -9 right after the upgrade would leave it: the rebuild only in the WAL
            s.execute("PRAGMA disable_checkpoint_on_shutdown");
            Migrations.apply(c, "duckdb");
        }
        assertThat(data.resolve("plumbline.duckdb.wal")).exists();

        try (Store store = DuckDbStore.open(data)) {
            assertThat(ids(store)).containsExactly("i-0", "f-0");
            assertThat(store.records().append(PROJECT, List.of(interaction("i-0", T0))).insertedCount()).isZero();
        }
        assertThat(primaryKeys()).isZero();
    }
}
