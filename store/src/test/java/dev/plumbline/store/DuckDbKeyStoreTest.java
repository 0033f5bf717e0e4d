package dev.plumbline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The key store contract on the embedded store: a real DuckDB file in a temporary directory. */
class DuckDbKeyStoreTest extends KeyStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }

    @Override
    protected Connection sql(Store store) throws SQLException {
        return ((DuckDbStore) store).newConnection();
    }
}
