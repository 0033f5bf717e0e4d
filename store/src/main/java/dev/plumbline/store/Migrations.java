package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the numbered SQL scripts under {@code db/<dialect>/} that a database has not seen yet,
 * each in its own transaction and in version order, and records them in {@code schema_migrations}.
 * A script's version is the number in its name ({@code V7__...} is 7); numbers may have gaps, so
 * features developed in parallel can each own a number, and a script whose number lies below one
 * already applied still runs. A database holding a version this code does not know is refused
 * rather than guessed at.
 */
final class Migrations {
    /** Scripts in version order; add new ones, never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__records_and_keys.sql", "V2__annotation.sql", "V3__privacy.sql",
            "V4__derived.sql", "V7__labels_by_interaction.sql", "V8__annotation_labels.sql",
            "V9__records_without_primary_key.sql");

    private Migrations() {
    }

    static void apply(Connection connection, String dialect) throws SQLException {
        apply(connection, dialect, SCRIPTS);
    }

    /** Applies these scripts (the first ones of {@link #SCRIPTS}: tests build an older database with it). */
    static void apply(Connection connection, String dialect, List<String> scripts) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, script "
                    + (dialect.equals("duckdb") ? "VARCHAR" : "TEXT") + " NOT NULL)");
            Set<Integer> applied = appliedVersions(statement);
            Set<Integer> known = SCRIPTS.stream().map(Migrations::version).collect(Collectors.toSet());
            Optional<Integer> unknown = applied.stream().filter(v -> !known.contains(v)).max(Integer::compare);
            if (unknown.isPresent()) {
                throw new PlumblineException(dev.plumbline.model.ErrorType.CONFLICT, "the database is at schema version "
                        + unknown.get() + " which this Plumbline does not know: upgrade Plumbline");
            }
            connection.setAutoCommit(false);
            for (String script : scripts) {
                int version = version(script);
                if (applied.contains(version)) {
                    continue;
                }
                for (String sql : read(dialect, script).split(";")) {
                    if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_migrations VALUES (" + version + ", '" + script + "')");
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            // before auto-commit is off there is nothing to roll back, and rolling back would throw over e
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Set<Integer> appliedVersions(Statement statement) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (ResultSet rs = statement.executeQuery("SELECT version FROM schema_migrations")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    /** The number in a script's name: {@code V7__labels.sql} is 7. */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
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
