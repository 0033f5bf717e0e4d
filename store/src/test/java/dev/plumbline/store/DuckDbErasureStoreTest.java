package dev.plumbline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The erasure and admin-log contract on the embedded store: a real DuckDB file. */
class DuckDbErasureStoreTest extends ErasureStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }

    @Override
    protected Connection rawConnection(Store store) throws SQLException {
        return ((DuckDbStore) store).newConnection();
    }

    @Override
    protected String schema() {
        return "main";
    }

    @Override
    protected void makeTheErasureLogRefuse(Store store, String requestedBy) throws SQLException {
        // DuckDB cannot add a constraint to an existing table; the log is empty, so it is recreated with one.
        try (Connection connection = rawConnection(store); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE erasure_log");
            statement.execute("CREATE TABLE erasure_log (erasure_id VARCHAR PRIMARY KEY, project VARCHAR NOT NULL,"
                    + " subject_hash VARCHAR NOT NULL, requested_by VARCHAR NOT NULL CHECK (requested_by <> '" + requestedBy
                    + "'), erased_us BIGINT NOT NULL, interactions BIGINT NOT NULL, feedback BIGINT NOT NULL,"
                    + " labels BIGINT NOT NULL, derived BIGINT DEFAULT 0)");
        }
    }
}
