package dev.plumbline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The key store contract on PostgreSQL: a fresh database per test on the shared embedded server. */
class PostgresKeyStoreTest extends KeyStoreContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }

    @Override
    protected Connection sql(Store store) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
