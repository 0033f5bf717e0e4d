package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Record;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The record store contract on PostgreSQL: a fresh database per test on the shared embedded server. */
class PostgresRecordStoreTest extends RecordStoreContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }

    @Override
    protected void makeTheDatabaseRejectIdsStartingWith(Store store, String prefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE records ADD CONSTRAINT rejects_" + prefix
                    + " CHECK (id NOT LIKE '" + prefix + "%')");
        }
    }

    @Override
    protected void execute(Store store, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void severalServersOnOneDatabaseAppendingOverlappingBatchesStoreEachIdExactlyOnce() throws Exception {
        List<Record> pool = overlappingPool();
        List<Store> servers = List.of(store, open(), open(), open());

        List<Set<RecordKey>> claimedNew = appendConcurrently(servers, pool);

        assertThat(claimedNew.stream().flatMap(Set::stream).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(pool.stream().map(RecordKey::of).toList());
        assertThat(scan(store, PROJECT)).containsExactlyInAnyOrderElementsOf(pool);
    }
}
