package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the numbered SQL scripts under {@code db/<dialect>/} that a database has not seen yet,
 * each in its own transaction, and records them in {@code schema_migrations}. A database newer than
 * this code is refused rather than guessed at.
 */
final class Migrations {
    /** Scripts in order; append new ones, never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__records_and_keys.sql", "V2__annotation.sql", "V3__privacy.sql",
            "V4__derived.sql");

    private Migrations() {
    }

    static void apply(Connection connection, String dialect) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, script "
                    + (dialect.equals("duckdb") ? "VARCHAR" : "TEXT") + " NOT NULL)");
            int current = currentVersion(statement);
            if (current > SCRIPTS.size()) {
                throw new PlumblineException(dev.plumbline.model.ErrorType.CONFLICT, "the database is at schema version "
                        + current + " but this Plumbline knows only " + SCRIPTS.size() + ": upgrade Plumbline");
            }
            connection.setAutoCommit(false);
            for (int version = current + 1; version <= SCRIPTS.size(); version++) {
                String script = SCRIPTS.get(version - 1);
                for (String sql : read(dialect, script).split(";")) {
                    if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_migrations VALUES (" + version + ", '" + script + "')");
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int currentVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String read(String dialect, String script) {
        String resource = "/db/" + dialect + "/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw PlumblineException.internal("migration " + resource + " is missing from the jar", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlumblineException.internal("cannot read migration " + resource, e);
        }
    }
}
