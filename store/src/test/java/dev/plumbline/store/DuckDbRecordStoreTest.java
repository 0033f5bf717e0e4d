package dev.plumbline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
        String create = recordsTableDefinition().replace("PRIMARY KEY (project, kind, id)",
                "CHECK (id NOT LIKE '" + prefix + "%'), PRIMARY KEY (project, kind, id)");
        try (Connection connection = ((DuckDbStore) store).newConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE records RENAME TO records_unchecked");
            statement.execute(create);
            statement.execute("INSERT INTO records SELECT * FROM records_unchecked");
            statement.execute("DROP TABLE records_unchecked");
        }
    }

    @Override
    protected void execute(Store store, String sql) throws SQLException {
        try (Connection connection = ((DuckDbStore) store).newConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String recordsTableDefinition() {
        try (InputStream in = DuckDbStore.class.getResourceAsStream("/db/duckdb/V1__records_and_keys.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(script.split(";")).filter(sql -> sql.contains("CREATE TABLE records")).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
