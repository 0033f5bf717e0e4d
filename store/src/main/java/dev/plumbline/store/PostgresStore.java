package dev.plumbline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The shared-deployment store on PostgreSQL, through a small connection pool. A batch is inserted
 * with one {@code INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING RETURNING}, so its cost
 * does not grow with round trips; several Plumbline servers may share one database.
 */
public final class PostgresStore implements Store {
    private final HikariDataSource pool;
    private final String url;
    private final Records records = new Records();
    private final JdbcKeyStore keys;
    private final JdbcErasureStore erasure = new JdbcErasureStore(records);
    private final JdbcDerivedStore derived = new JdbcDerivedStore(records, new PostgresDerivedRows());
    private final JdbcAdminLog adminLog;
    private final JdbcAnnotationStore annotation;

    private PostgresStore(HikariDataSource pool, String url) throws SQLException {
        this.pool = pool;
        this.url = url;
        try (Connection connection = pool.getConnection()) {
            Migrations.apply(connection, "postgresql");
        }
        this.adminLog = new JdbcAdminLog(pool::getConnection);
        this.keys = new JdbcKeyStore(pool::getConnection, "postgresql");
        this.annotation = new JdbcAnnotationStore(pool::getConnection, records, "postgresql");
    }

    /** Opens the store at a {@code jdbc:postgresql://} URL (user and password may be URL parameters). */
    public static PostgresStore open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw PlumblineException.invalidInput("--db must be a jdbc:postgresql://host:port/database URL, was " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(8);
        config.setPoolName("plumbline");
        config.setInitializationFailTimeout(10_000);
        try {
            return new PostgresStore(new HikariDataSource(config), redact(jdbcUrl));
        } catch (SQLException | RuntimeException e) {
            throw PlumblineException.unavailable("cannot reach PostgreSQL at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
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
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }

    private final class Records extends JdbcRecordStore {
        @Override
        protected Connection readConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        protected Connection writeConnection() throws SQLException {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            return connection;
        }

        @Override
        protected void release(Connection connection) throws SQLException {
            connection.setAutoCommit(true);
            connection.close();
        }

        @Override
        protected String idOrder() {
            // byte order, as DuckDB sorts, whatever collation the database was created with
            return "id COLLATE \"C\"";
        }

        @Override
        protected String textOrder(String expression) {
            return "(" + expression + ") COLLATE \"C\"";
        }

        @Override
        protected Set<RecordKey> insertNew(Connection connection, ProjectId project, List<RecordRow> rows)
                throws SQLException {
            String sql = "INSERT INTO records (project, " + RecordRow.COLUMNS + ") SELECT ?, * FROM unnest("
                    + "?::text[], ?::text[], ?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                    + " ON CONFLICT DO NOTHING RETURNING kind, id";
            // Rows go in key order: two servers inserting overlapping batches then wait on each
            // other in the same order, and cannot deadlock.
            rows = rows.stream().sorted(Comparator.comparing(RecordRow::kind).thenComparing(RecordRow::id)).toList();
            Set<RecordKey> inserted = new HashSet<>();
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setString(1, project.value());
                s.setArray(2, texts(connection, rows, RecordRow::kind));
                s.setArray(3, texts(connection, rows, RecordRow::id));
                s.setArray(4, connection.createArrayOf("bigint", rows.stream().map(RecordRow::tsMicros).toArray()));
                s.setArray(5, connection.createArrayOf("integer", rows.stream().map(RecordRow::day).toArray()));
                s.setArray(6, texts(connection, rows, RecordRow::sessionId));
                s.setArray(7, texts(connection, rows, RecordRow::userId));
                s.setArray(8, texts(connection, rows, RecordRow::interactionId));
                s.setArray(9, texts(connection, rows, RecordRow::type));
                s.setArray(10, texts(connection, rows, RecordRow::modelName));
                s.setArray(11, texts(connection, rows, RecordRow::modelVersion));
                s.setArray(12, texts(connection, rows, RecordRow::modelFamily));
                s.setArray(13, texts(connection, rows, RecordRow::actorRole));
                s.setArray(14, texts(connection, rows, RecordRow::actorId));
                s.setArray(15, texts(connection, rows, RecordRow::body));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(new RecordKey(Kind.fromWire(rs.getString(1)).orElseThrow(), rs.getString(2)));
                    }
                }
            }
            return inserted;
        }

        private Array texts(Connection connection, List<RecordRow> rows, Function<RecordRow, String> column)
                throws SQLException {
            return connection.createArrayOf("text", rows.stream().map(column).toArray());
        }
    }
}
