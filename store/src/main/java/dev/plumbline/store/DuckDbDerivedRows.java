package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Derived facts into DuckDB through its Appender: a batch goes into temporary staging tables on the
 * writer connection and moves into {@code derived} with one {@code INSERT ... SELECT ... ON CONFLICT
 * DO NOTHING RETURNING}; the sources of the facts that were new follow the same way. Appended rows
 * are not undone by a rollback, so staging is emptied before every use.
 */
final class DuckDbDerivedRows implements DerivedRows {
    @Override
    public List<DerivedEntry> insertNew(Connection connection, ProjectId project, List<DerivedEntry> facts)
            throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        stage(duck, "CREATE TEMP TABLE IF NOT EXISTS derived_staging AS SELECT kind, id, created_us, user_id, body"
                + " FROM derived LIMIT 0", "derived_staging");
        Map<String, DerivedEntry> byKey = new HashMap<>();
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "derived_staging")) {
            for (DerivedEntry fact : facts) {
                byKey.put(fact.kind().wireName() + "\u0000" + fact.id(), fact);
                appender.beginRow();
                appender.append(fact.kind().wireName());
                appender.append(fact.id());
                appender.append(StoreLimits.micros(fact.created()));
                if (fact.userId().isPresent()) {
                    appender.append(fact.userId().get());
                } else {
                    appender.appendNull();
                }
                appender.append(fact.body());
                appender.endRow();
            }
            // close() swallows a failed flush: flush to hear of it
            appender.flush();
        }
        List<DerivedEntry> inserted = new ArrayList<>();
        try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery("INSERT INTO derived"
                + " (project, kind, id, created_us, user_id, body) SELECT '" + project.value().replace("'", "''")
                + "', kind, id, created_us, user_id, body FROM derived_staging ON CONFLICT DO NOTHING RETURNING kind, id")) {
            while (rs.next()) {
                inserted.add(byKey.get(rs.getString(1) + "\u0000" + rs.getString(2)));
            }
        }
        return inserted;
    }

    @Override
    public void insertSources(Connection connection, ProjectId project, List<DerivedEntry> facts) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        stage(duck, "CREATE TEMP TABLE IF NOT EXISTS derived_sources_staging AS SELECT kind, id, source_id, position"
                + " FROM derived_sources LIMIT 0", "derived_sources_staging");
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "derived_sources_staging")) {
            for (DerivedEntry fact : facts) {
                for (int position = 0; position < fact.sources().size(); position++) {
                    appender.beginRow();
                    appender.append(fact.kind().wireName());
                    appender.append(fact.id());
                    appender.append(fact.sources().get(position));
                    appender.append(position);
                    appender.endRow();
                }
            }
            appender.flush();
        }
        try (Statement statement = duck.createStatement()) {
            statement.execute("INSERT INTO derived_sources (project, kind, id, source_id, position) SELECT '"
                    + project.value().replace("'", "''") + "', kind, id, source_id, position FROM derived_sources_staging");
        }
    }

    private static void stage(DuckDBConnection duck, String create, String table) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            statement.execute(create);
            statement.execute("DELETE FROM " + table);
        }
    }
}
