package dev.plumbline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Migration V8 on PostgreSQL: a fresh database on the shared embedded server. */
class PostgresAnnotationLabelsMigrationTest extends AnnotationLabelsMigrationContract {
    private final String url = EmbeddedPostgresServer.newDatabase();

    @Override
    protected Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    protected String dialect() {
        return "postgresql";
    }

    @Override
    protected Store openStore() {
        return PostgresStore.open(url);
    }
}
