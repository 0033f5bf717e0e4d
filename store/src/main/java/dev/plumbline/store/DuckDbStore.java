package dev.plumbline.store;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB file, {@code plumbline.duckdb}, in the data directory. Appends go
 * through DuckDB's Appender into a staging table and are moved into {@code records} with one
 * {@code INSERT ... ON CONFLICT DO NOTHING} per batch, then committed (DuckDB syncs its WAL on
 * commit). Only one process may open the file at a time.
 */
public final class DuckDbStore implements Store {
    private final Path file;
    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final Records records = new Records();
    private final JdbcKeyStore keys;
    private final JdbcErasureStore erasure = new JdbcErasureStore(records);
    private final JdbcDerivedStore derived = new JdbcDerivedStore(records, new DuckDbDerivedRows());
    private final JdbcAdminLog adminLog;
    private final JdbcAnnotationStore annotation;

    private DuckDbStore(Path file, DuckDBConnection root) throws SQLException {
        this.file = file;
        this.root = root;
        Migrations.apply(root, "duckdb");
        this.writer = (DuckDBConnection) root.duplicate();
        try (Statement statement = writer.createStatement()) {
            statement.execute("CREATE TEMP TABLE staging AS SELECT " + RecordRow.COLUMNS + " FROM records LIMIT 0");
        }
        writer.setAutoCommit(false);
        this.adminLog = new JdbcAdminLog(this::connection);
        this.keys = new JdbcKeyStore(this::connection, "duckdb");
        this.annotation = new JdbcAnnotationStore(this::connection, records, "duckdb");
    }

    /** Opens (creating if needed) the store in the given data directory. */
    public static DuckDbStore open(Path dataDirectory) {
        Path file = dataDirectory.resolve("plumbline.duckdb");
        try {
            Files.createDirectories(dataDirectory);
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
            return new DuckDbStore(file, connection);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new PlumblineException(ErrorType.UNAVAILABLE, "the data directory " + dataDirectory
                        + " is in use by another Plumbline process (a running 'serve'?): stop it, or send the data"
                        + " to that server instead", e);
            }
            throw PlumblineException.unavailable("cannot open the embedded store " + file + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw PlumblineException.unavailable("cannot create the data directory " + dataDirectory, e);
        }
    }

    private Connection connection() throws SQLException {
        return root.duplicate();
    }

    @Override
    public RecordStore records() {
        return records;
    }

    @Override
    public KeyStore keys() {
        return keys;
    }

    @Override
    public ErasureStore erasure() {
        return erasure;
    }

    @Override
    public DerivedStore derived() {
        return derived;
    }

    @Override
    public AdminLog adminLog() {
        return adminLog;
    }

    @Override
    public QueueStore queues() {
        return annotation;
    }

    @Override
    public AccountStore accounts() {
        return annotation;
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** The DuckDB connection for capabilities that read with SQL (mining, stats); the caller closes it. */
    public Connection newConnection() throws SQLException {
        return connection();
    }

    @Override
    public void close() {
        try {
            writer.close();
            root.close();
        } catch (SQLException e) {
            throw PlumblineException.internal("closing the embedded store failed", e);
        }
    }

    private final class Records extends JdbcRecordStore {
        @Override
        protected Connection readConnection() throws SQLException {
            return connection();
        }

        @Override
        protected Connection writeConnection() {
            return writer;
        }

        @Override
        protected void release(Connection connection) {
            // the single writer connection stays open
        }

        @Override
        protected Set<RecordKey> insertNew(Connection connection, ProjectId project, List<RecordRow> rows)
                throws SQLException {
            // The Appender's rows are not undone by a rollback: a failed append would leave them
            // staged for the next one, so staging is emptied before every use.
            try (Statement statement = writer.createStatement()) {
                statement.execute("DELETE FROM staging");
            }
            try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging")) {
                for (RecordRow row : rows) {
                    appendRow(appender, row);
                }
            }
            Set<RecordKey> inserted = new HashSet<>();
            try (Statement statement = writer.createStatement()) {
                try (ResultSet rs = statement.executeQuery("INSERT INTO records (project, " + RecordRow.COLUMNS
                        + ") SELECT '" + project.value() + "', " + RecordRow.COLUMNS
                        + " FROM staging ON CONFLICT DO NOTHING RETURNING kind, id")) {
                    while (rs.next()) {
                        inserted.add(new RecordKey(dev.plumbline.model.Kind.fromWire(rs.getString(1)).orElseThrow(),
                                rs.getString(2)));
                    }
                }
                statement.execute("DELETE FROM staging");
            }
            return inserted;
        }

        private void appendRow(DuckDBAppender appender, RecordRow row) throws SQLException {
            appender.beginRow();
            appender.append(row.kind());
            appender.append(row.id());
            appender.append(row.tsMicros());
            appender.append(row.day());
            nullable(appender, row.sessionId());
            nullable(appender, row.userId());
            nullable(appender, row.interactionId());
            nullable(appender, row.type());
            nullable(appender, row.modelName());
            nullable(appender, row.modelVersion());
            nullable(appender, row.modelFamily());
            nullable(appender, row.actorRole());
            nullable(appender, row.actorId());
            appender.append(row.body());
            appender.endRow();
        }

        private void nullable(DuckDBAppender appender, String value) throws SQLException {
            if (value == null) {
                appender.appendNull();
            } else {
                appender.append(value);
            }
        }
    }
}
