package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The erasure and admin-log contract on PostgreSQL: a fresh database on the shared embedded server. */
class PostgresErasureStoreTest extends ErasureStoreContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }

    @Override
    protected Connection rawConnection(Store store) throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    protected String schema() {
        return "public";
    }

    @Override
    protected void makeTheErasureLogRefuse(Store store, String requestedBy) throws SQLException {
        try (Connection connection = rawConnection(store); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE erasure_log ADD CONSTRAINT refuses CHECK (requested_by <> '" + requestedBy + "')");
        }
    }

    @Test
    void theDatabaseItselfIgnoresUpdatesAndDeletesOfTheLogs() throws SQLException {
        store.adminLog().append(PROJECT, "cli:ops", AdminAction.KEY_CREATED, "key aaaaaaaaaaaa");
        store.erasure().erase(PROJECT, "nobody", "cli:ops");

        try (Connection connection = rawConnection(store); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE admin_audit_log SET detail = 'rewritten'");
            statement.execute("DELETE FROM admin_audit_log");
            statement.execute("DELETE FROM erasure_log");
        }

        assertThat(store.adminLog().read(PROJECT, 10)).extracting(AdminEntry::detail).startsWith("key aaaaaaaaaaaa").hasSize(2);
        assertThat(store.erasure().log(PROJECT)).hasSize(1);
    }
}
