package dev.plumbline.store;

import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded store's queue writes of one group commit, held back and sent as a few multi-row
 * INSERTs just before the commit. DuckDB pays a fixed cost per statement (an {@code ON CONFLICT}
 * insert into {@code records} alone costs milliseconds) that, paid once per take and per submit,
 * was most of their latency; the statements for each row count are prepared once and kept, since
 * preparing one was a tenth of the commit thread's time. Writes are inserts only: a take adds a
 * claim, a submit adds an {@code annotation_labels} row and its label record. Used only by the
 * commit thread, under the embedded write lock; the queue tables' keys referee their rows, and the
 * label records' keys are claimed in the ingest journal (DuckDB's records table has no key).
 */
final class QueueWrites implements AutoCloseable {
    private record Claim(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId,
            long takenUs, long expiresUs) {
    }

    private record Done(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId,
            String value, long doneUs) {
    }

    /** Most rows one prepared statement carries; more are sent in several. */
    private static final int MAX_ROWS = 32;
    private static final String CLAIM_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LABEL_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final List<Claim> claims = new ArrayList<>();
    private final List<Done> done = new ArrayList<>();
    private final Map<ProjectId, List<Label>> labels = new LinkedHashMap<>();
    /** Prepared statements by SQL, on {@link #preparedOn} (the record writer's connection). */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection preparedOn;

    boolean isEmpty() {
        return claims.isEmpty() && done.isEmpty() && labels.isEmpty();
    }

    void claim(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId, long takenUs,
            long expiresUs) {
        claims.add(new Claim(project, queueId, itemId, slot, annotator, leaseId, takenUs, expiresUs));
    }

    /** Records the lease as submitted with this value; the caller checked that it is live. */
    void done(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId, String value,
            long doneUs) {
        done.add(new Done(project, queueId, itemId, slot, annotator, leaseId, value, doneUs));
    }

    void label(ProjectId project, Label label) {
        labels.computeIfAbsent(project, p -> new ArrayList<>()).add(label);
    }

    void clear() {
        claims.clear();
        done.clear();
        labels.clear();
    }

    /** Sends everything held back on the connection (inside the caller's transaction) and forgets it. */
    void flush(Connection c, JdbcRecordStore records) throws SQLException {
        try {
            // the records first: their keys' journal sync then runs beside the other inserts
            for (Map.Entry<ProjectId, List<Label>> project : labels.entrySet()) {
                records.appendNewWithin(c, project.getKey(), project.getValue());
            }
            insertClaims(c);
            insertDone(c);
        } finally {
            clear();
        }
    }

    private void insertClaims(Connection c) throws SQLException {
        for (int from = 0; from < claims.size(); from += MAX_ROWS) {
            List<Claim> chunk = claims.subList(from, Math.min(claims.size(), from + MAX_ROWS));
            PreparedStatement s = statement(c, "INSERT INTO annotation_claims (project, queue_id, item_id, slot,"
                    + " annotator, lease_id, taken_us, expires_us) VALUES ", CLAIM_ROW, chunk.size());
            int p = 0;
            for (Claim claim : chunk) {
                s.setString(++p, claim.project().value());
                s.setString(++p, claim.queueId());
                s.setString(++p, claim.itemId());
                s.setInt(++p, claim.slot());
                s.setString(++p, claim.annotator());
                s.setString(++p, claim.leaseId());
                s.setLong(++p, claim.takenUs());
                s.setLong(++p, claim.expiresUs());
            }
            s.executeUpdate();
        }
    }

    private void insertDone(Connection c) throws SQLException {
        for (int from = 0; from < done.size(); from += MAX_ROWS) {
            List<Done> chunk = done.subList(from, Math.min(done.size(), from + MAX_ROWS));
            PreparedStatement s = statement(c, "INSERT INTO annotation_labels (lease_id, project, queue_id, item_id,"
                    + " slot, annotator, value, done_us) VALUES ", LABEL_ROW, chunk.size());
            int p = 0;
            for (Done d : chunk) {
                s.setString(++p, d.leaseId());
                s.setString(++p, d.project().value());
                s.setString(++p, d.queueId());
                s.setString(++p, d.itemId());
                s.setInt(++p, d.slot());
                s.setString(++p, d.annotator());
                s.setString(++p, d.value());
                s.setLong(++p, d.doneUs());
            }
            s.executeUpdate();
        }
    }

    /** The INSERT of {@code rows} rows, prepared on this connection the first time it is needed. */
    private PreparedStatement statement(Connection c, String insert, String row, int rows) throws SQLException {
        if (c != preparedOn) {
            close();
            preparedOn = c;
        }
        String sql = insert + String.join(", ", Collections.nCopies(rows, row));
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = c.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }

    /** Closes the kept statements. */
    @Override
    public void close() {
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // the connection is going away with it
            }
        }
        prepared.clear();
        preparedOn = null;
    }
}
