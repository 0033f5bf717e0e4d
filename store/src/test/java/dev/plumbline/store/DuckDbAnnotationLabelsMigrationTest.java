package dev.plumbline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** Migration V8 on the embedded store: a real DuckDB file in a temporary directory. */
class DuckDbAnnotationLabelsMigrationTest extends AnnotationLabelsMigrationContract {
    @TempDir
    Path data;

    @Override
    protected Connection openDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + data.resolve("plumbline.duckdb"));
    }

    @Override
    protected String dialect() {
        return "duckdb";
    }

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }
}
