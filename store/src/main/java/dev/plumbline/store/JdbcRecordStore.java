package dev.plumbline.store;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.wire.BatchDecoder;
import dev.plumbline.wire.V1Decoder;
import dev.plumbline.wire.V1Encoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The SQL shared by both adapters. A dialect supplies connections and the one statement that
 * differs: inserting rows while skipping those whose key exists. Appends are serialised by a lock
 * so that duplicate detection inside one store is exact.
 */
abstract class JdbcRecordStore implements RecordStore {
    private final V1Encoder encoder = new V1Encoder();
    private final BatchDecoder decoder = new BatchDecoder(Integer.MAX_VALUE);
    private final Object writeLock = new Object();

    /** A connection for reading; the caller closes it. */
    protected abstract Connection readConnection() throws SQLException;

    /** The connection appends run on, with auto-commit off; the caller must not close it. */
    protected abstract Connection writeConnection() throws SQLException;

    /** A connection to give back after use (pooled) or leave open (DuckDB's single writer). */
    protected abstract void release(Connection connection) throws SQLException;

    /** Inserts the rows, skipping existing keys, and returns the keys actually inserted. */
    protected abstract Set<RecordKey> insertNew(Connection connection, ProjectId project, List<RecordRow> rows)
            throws SQLException;

    /** Work done on the write connection inside one transaction. */
    interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction on the write connection, serialised with the other write
     * transactions (and with appends, except the embedded store's, which commit to its journal), and
     * commits it; on any failure rolls back and rethrows ({@code UNAVAILABLE} for SQL failures).
     */
    final <T> T inWriteTransaction(Transaction<T> work) {
        synchronized (writeLock) {
            beforeWriteTransaction();
            Connection connection = null;
            T result;
            try {
                connection = writeConnection();
                result = work.run(connection);
                beforeWriteCommit();
                connection.commit();
            } catch (SQLException e) {
                rollback(connection);
                afterWriteRollback();
                throw PlumblineException.unavailable("the store could not commit: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback(connection);
                afterWriteRollback();
                throw e;
            } finally {
                releaseQuietly(connection);
            }
            afterWriteCommit();
            return result;
        }
    }

    /** Runs under the write lock just before a write transaction commits; failing rolls it back. */
    protected void beforeWriteCommit() throws SQLException {
        // nothing outside the database to wait for in the shared path
    }

    /** Runs under the write lock after a write transaction committed; must not throw (the commit stands). */
    protected void afterWriteCommit() {
        // nothing outside the database to tell in the shared path
    }

    /** Runs under the write lock after a write transaction was rolled back. */
    protected void afterWriteRollback() {
        // nothing outside the database to undo in the shared path
    }

    /**
     * Inserts records whose keys the caller knows to be new inside a transaction it holds on the write
     * connection (see {@link #inWriteTransaction}); the caller commits. A key the store has already
     * fails the statement, and with it the transaction.
     */
    final void appendNewWithin(Connection connection, ProjectId project, List<? extends Record> records)
            throws SQLException {
        List<RecordRow> rows = new ArrayList<>(records.size());
        for (Record record : records) {
            rows.add(RecordRow.of(record, encoder));
        }
        insertFresh(connection, project, rows);
    }

    /**
     * Inserts rows whose keys are new, failing on one that is not. By default the same as
     * {@link #insertNew}; a dialect overrides it when skipping existing keys costs it much more.
     */
    protected void insertFresh(Connection connection, ProjectId project, List<RecordRow> rows) throws SQLException {
        Set<RecordKey> inserted = insertNew(connection, project, rows);
        if (inserted.size() != rows.size()) {
            throw new SQLException("duplicate key: a record with one of these ids exists", "23505");
        }
    }

    private void releaseQuietly(Connection connection) {
        if (connection != null) {
            try {
                release(connection);
            } catch (SQLException ignored) {
                // the connection is broken; the pool or the next write replaces it
            }
        }
    }

    /** A stored record's body decoded again. */
    final Record decodeBody(String body) {
        return decode(body, 0);
    }

    /** How ids sort in a scan: by code point (UTF-8 byte order) in every store. */
    protected String idOrder() {
        return "id";
    }

    @Override
    public AppendResult append(ProjectId project, List<? extends Record> records) {
        PreparedBatch batch = prepare(records);
        if (!batch.refusals().isEmpty()) {
            int index = java.util.Collections.min(batch.refusals().keySet());
            Record refused = records.get(index);
            throw PlumblineException.invalidInput(refused.kind().wireName() + " '" + refused.id() + "': "
                    + batch.refusals().get(index));
        }
        return append(project, batch);
    }

    /** Checks as every store does, then lays out the rows, so the committing thread only commits. */
    @Override
    public PreparedBatch prepare(List<? extends Record> records) {
        PreparedBatch checked = RecordStore.super.prepare(records);
        List<RecordRow> rows = new ArrayList<>(checked.records().size());
        for (Record record : checked.records()) {
            rows.add(RecordRow.ofChecked(record, encoder));
        }
        return new PreparedBatch(checked.records(), rows, checked.refusals());
    }

    @Override
    public AppendResult append(ProjectId project, PreparedBatch batch) {
        List<Record> records = batch.records();
        if (batch.rows().isEmpty()) {
            return append(project, records);
        }
        List<RecordRow> laidOut = batch.rows().get();
        List<RecordRow> rows = new ArrayList<>(records.size());
        // sized for the batch: growing these by rehashing was a visible share of the ingest writer's time
        Set<RecordKey> seen = new HashSet<>(records.size() * 2);
        Set<RecordKey> duplicates = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            RecordKey key = RecordKey.of(records.get(i));
            if (seen.add(key)) {
                rows.add(laidOut.get(i));
            } else {
                duplicates.add(key);
            }
        }
        if (rows.isEmpty()) {
            return new AppendResult(Set.of(), duplicates, List.of());
        }
        return commitRows(project, records, rows, duplicates);
    }

    /**
     * Commits rows whose keys are unique within the call and answers what was new: the shared
     * path inserts them under the write lock, skipping stored keys, in one transaction.
     */
    protected AppendResult commitRows(ProjectId project, List<? extends Record> records, List<RecordRow> rows,
            Set<RecordKey> duplicates) {
        synchronized (writeLock) {
            return appendLocked(project, records, rows, duplicates);
        }
    }

    /** The lock appends and write transactions hold. */
    protected final Object writeLock() {
        return writeLock;
    }

    /** Runs under the write lock before each write transaction, on the calling thread. */
    protected void beforeWriteTransaction() {
        // nothing to prepare in the shared path
    }

    /** Called inside the erasing transaction, before it deletes these records and commits. */
    protected void erasing(ProjectId project, Set<RecordKey> keys) {
        // the database's own key index goes with the rows
    }

    /** Called after records were erased and committed. */
    protected void erased(ProjectId project, Set<RecordKey> keys) {
        // the database's own key index is already up to date
    }

    private AppendResult appendLocked(ProjectId project, List<? extends Record> records, List<RecordRow> rows,
            Set<RecordKey> duplicates) {
        Connection connection = null;
        try {
            connection = writeConnection();
            Set<RecordKey> inserted = insertNew(connection, project, rows);
            List<String> orphans = orphans(connection, project, records, inserted);
            connection.commit();
            for (RecordRow row : rows) {
                RecordKey key = row.key();
                if (!inserted.contains(key)) {
                    duplicates.add(key);
                }
            }
            return new AppendResult(inserted, duplicates, orphans);
        } catch (SQLException e) {
            rollback(connection);
            throw PlumblineException.unavailable("the store could not commit the batch: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(connection);
            throw e;
        } finally {
            if (connection != null) {
                try {
                    release(connection);
                } catch (SQLException ignored) {
                    // the connection is broken; the pool or the next append replaces it
                }
            }
        }
    }

    private static void rollback(Connection connection) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // nothing more can be done; the transaction dies with the connection
            }
        }
    }

    /** Newly inserted feedback whose interaction is neither stored nor part of this append. */
    private List<String> orphans(Connection connection, ProjectId project, List<? extends Record> records,
            Set<RecordKey> inserted) throws SQLException {
        Map<String, List<String>> feedbackByInteraction = new LinkedHashMap<>();
        for (Record record : records) {
            if (record instanceof Feedback feedback && inserted.contains(RecordKey.of(feedback))) {
                feedbackByInteraction.computeIfAbsent(feedback.interactionId(), k -> new ArrayList<>()).add(feedback.id());
            }
        }
        if (feedbackByInteraction.isEmpty()) {
            return List.of();
        }
        Set<String> present = existingInteractions(connection, project, feedbackByInteraction.keySet());
        List<String> orphans = new ArrayList<>();
        feedbackByInteraction.forEach((interaction, feedback) -> {
            if (!present.contains(interaction)) {
                orphans.addAll(feedback);
            }
        });
        return orphans;
    }

    private static Set<String> existingInteractions(Connection connection, ProjectId project, Set<String> ids)
            throws SQLException {
        Set<String> present = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM records WHERE project = ? AND kind = 'interaction' AND id IN (" + marks + ")")) {
                statement.setString(1, project.value());
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
            }
        }
        return present;
    }

    @Override
    public void scan(ProjectId project, Set<Kind> kinds, Consumer<Record> consumer) {
        if (kinds.isEmpty()) {
            return;
        }
        String in = kinds.stream().map(k -> "'" + k.wireName() + "'").sorted().collect(Collectors.joining(","));
        String sql = "SELECT body FROM records WHERE project = ? AND kind IN (" + in + ") ORDER BY ts_us, kind, " + idOrder();
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                int index = 0;
                while (rs.next()) {
                    consumer.accept(decode(rs.getString(1), index++));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Interaction> interaction(ProjectId project, String id) {
        String sql = "SELECT body FROM records WHERE project = ? AND kind = 'interaction' AND id = ?";
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            statement.setString(2, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of((Interaction) decode(rs.getString(1), 0)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Record> find(ProjectId project, Kind kind, String id) {
        String sql = "SELECT body FROM records WHERE project = ? AND kind = ? AND id = ?";
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            statement.setString(2, kind.wireName());
            statement.setString(3, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(decode(rs.getString(1), 0)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void scanBySession(ProjectId project, Consumer<Record> consumer) {
        String sql = sessionScanSql();
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                int index = 0;
                while (rs.next()) {
                    consumer.accept(decode(rs.getString(1), index++));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    /** The session-ordered scan of one project (its one parameter): each record after its session's interaction. */
    String sessionScanSql() {
        String interaction = "r.kind = 'interaction'";
        // Only equalities in the join condition: with "r.kind <> 'interaction'" beside them DuckDB
        // planned a nested-loop join, quadratic in the project (`mine` of 607,111 records: 110-228 s,
        // 17.5-19.7 s with this join; BENCHMARKS.md, ingest). An interaction's own row has no
        // interaction_id, so it joins nothing anyway.
        String sql = "SELECT r.body FROM records r LEFT JOIN records i ON i.project = r.project"
                + " AND i.kind = 'interaction' AND i.id = r.interaction_id"
                + " WHERE r.project = ? ORDER BY "
                + textOrder("CASE WHEN " + interaction + " THEN " + sessionKey("r") + " ELSE coalesce(" + sessionKey("i")
                        + ", '') END")
                + ", CASE WHEN " + interaction + " THEN r.ts_us ELSE coalesce(i.ts_us, 0) END"
                + ", " + textOrder("CASE WHEN " + interaction + " THEN r.id ELSE coalesce(i.id, '') END")
                + ", CASE WHEN " + interaction + " THEN 0 ELSE 1 END, r.ts_us, r.kind, " + textOrder("r.id");
        return sql;
    }

    /** The session an interaction row belongs to, as text; prefixes keep the three kinds of key apart. */
    private static String sessionKey(String alias) {
        return "CASE WHEN " + alias + ".session_id IS NOT NULL THEN 's:' || " + alias + ".session_id"
                + " WHEN " + alias + ".user_id IS NOT NULL THEN 'u:' || " + alias + ".user_id"
                + " ELSE 'i:' || " + alias + ".id END";
    }

    /** How a text expression sorts: by code point in every store, like {@link #idOrder()}. */
    protected String textOrder(String expression) {
        return expression;
    }

    private Record decode(String body, int index) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        V1Decoder.Decoded decoded = decoder.decodeLine(bytes, 0, bytes.length, index);
        return decoded.record().orElseThrow(() -> PlumblineException.internal(
                "a stored record no longer decodes: " + decoded.problems(), null));
    }

    @Override
    public long count(ProjectId project) {
        return queryLong("SELECT count(*) FROM records WHERE project = ?", project);
    }

    @Override
    public Optional<Instant> latest(ProjectId project) {
        String sql = "SELECT max(ts_us) FROM records WHERE project = ?";
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long micros = rs.getLong(1);
                return rs.wasNull() ? Optional.empty()
                        : Optional.of(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L));
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ProjectId> projects() {
        List<ProjectId> projects = new ArrayList<>();
        try (Connection connection = readConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT project FROM records ORDER BY project");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                projects.add(new ProjectId(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
        return projects;
    }

    @Override
    public StoreStats stats(ProjectId project) {
        Map<String, Long> perKind = groupCount("SELECT kind, count(*) FROM records WHERE project = ? GROUP BY kind", project);
        Map<String, Long> perModel = groupCount("SELECT model_name || coalesce('@' || model_version, ''), count(*)"
                + " FROM records WHERE project = ? AND kind = 'interaction' GROUP BY 1", project);
        Map<String, Long> perDay = new TreeMap<>();
        groupCount("SELECT CAST(day AS VARCHAR), count(*) FROM records WHERE project = ? GROUP BY day", project)
                .forEach((day, n) -> perDay.put(LocalDate.ofEpochDay(Long.parseLong(day)).toString(), n));
        long orphans = queryLong("SELECT count(*) FROM records f WHERE f.project = ? AND f.kind = 'feedback'"
                + " AND NOT EXISTS (SELECT 1 FROM records i WHERE i.project = f.project AND i.kind = 'interaction'"
                + " AND i.id = f.interaction_id)", project);
        return new StoreStats(perKind, perModel, perDay, orphans);
    }

    private long queryLong(String sql, ProjectId project) {
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> groupCount(String sql, ProjectId project) {
        Map<String, Long> result = new TreeMap<>();
        try (Connection connection = readConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, project.value());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
        return result;
    }
}
