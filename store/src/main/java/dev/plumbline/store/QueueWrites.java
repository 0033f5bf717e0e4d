package dev.plumbline.store;

import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded store's queue writes of one group commit, held back and sent as a few multi-row
 * statements just before the commit. DuckDB pays a fixed cost per statement (an {@code ON CONFLICT}
 * insert into {@code records} alone costs milliseconds) that, paid once per take and per submit,
 * was most of their latency. Used only by the commit thread, under the embedded write lock; the
 * schema's keys still referee every row when it is flushed.
 */
final class QueueWrites {
    private record Claim(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId,
            long takenUs, long expiresUs) {
    }

    private record Done(ProjectId project, String leaseId, long takenUs, long doneUs, String value, long nowUs) {
    }

    private record Counted(ProjectId project, String queueId, int overlap) {
    }

    private final List<Claim> claims = new ArrayList<>();
    private final List<Done> done = new ArrayList<>();
    /** Per queue: item id to its seq and how many labels it gained. */
    private final Map<Counted, Map<String, long[]>> counts = new LinkedHashMap<>();
    private final Map<ProjectId, List<Label>> labels = new LinkedHashMap<>();

    boolean isEmpty() {
        return claims.isEmpty() && done.isEmpty() && counts.isEmpty() && labels.isEmpty();
    }

    void claim(ProjectId project, String queueId, String itemId, int slot, String annotator, String leaseId, long takenUs,
            long expiresUs) {
        claims.add(new Claim(project, queueId, itemId, slot, annotator, leaseId, takenUs, expiresUs));
    }

    /** Marks the lease submitted, provided it is still live at {@code nowUs}; flushing fails otherwise. */
    void done(ProjectId project, String leaseId, long takenUs, long doneUs, String value, long nowUs) {
        done.add(new Done(project, leaseId, takenUs, doneUs, value, nowUs));
    }

    void counted(ProjectId project, String queueId, int overlap, String itemId, long seq) {
        counts.computeIfAbsent(new Counted(project, queueId, overlap), q -> new LinkedHashMap<>())
                .computeIfAbsent(itemId, i -> new long[] {seq, 0})[1]++;
    }

    void label(ProjectId project, Label label) {
        labels.computeIfAbsent(project, p -> new ArrayList<>()).add(label);
    }

    void clear() {
        claims.clear();
        done.clear();
        counts.clear();
        labels.clear();
    }

    /** Sends everything held back on the connection (inside the caller's transaction) and forgets it. */
    void flush(Connection c, JdbcRecordStore records) throws SQLException {
        try {
            insertClaims(c);
            markDone(c);
            for (Map.Entry<Counted, Map<String, long[]>> queue : counts.entrySet()) {
                count(c, queue.getKey(), queue.getValue());
            }
            for (Map.Entry<ProjectId, List<Label>> project : labels.entrySet()) {
                records.appendNewWithin(c, project.getKey(), project.getValue());
            }
        } finally {
            clear();
        }
    }

    private void insertClaims(Connection c) throws SQLException {
        if (claims.isEmpty()) {
            return;
        }
        String rows = String.join(", ", Collections.nCopies(claims.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_claims (project, queue_id, item_id, slot,"
                + " annotator, lease_id, taken_us, expires_us) VALUES " + rows)) {
            int p = 0;
            for (Claim claim : claims) {
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

    /**
     * One UPDATE joined to the submitted leases. The range on {@code taken_us} lets DuckDB skip the
     * row groups of older claims by their min/max instead of scanning every claim ever made.
     */
    private void markDone(Connection c) throws SQLException {
        if (done.isEmpty()) {
            return;
        }
        long from = done.stream().mapToLong(Done::takenUs).min().orElseThrow();
        long to = done.stream().mapToLong(Done::takenUs).max().orElseThrow();
        String rows = String.join(", ", Collections.nCopies(done.size(),
                "(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS BIGINT))"));
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation_claims SET done_us = v.done_us, value = v.value"
                + " FROM (VALUES " + rows + ") AS v(project, lease_id, done_us, value, now_us)"
                + " WHERE annotation_claims.project = v.project AND annotation_claims.lease_id = v.lease_id"
                + " AND annotation_claims.taken_us BETWEEN ? AND ? AND annotation_claims.done_us IS NULL"
                + " AND annotation_claims.expires_us >= v.now_us")) {
            int p = 0;
            for (Done d : done) {
                s.setString(++p, d.project().value());
                s.setString(++p, d.leaseId());
                s.setLong(++p, d.doneUs());
                s.setString(++p, d.value());
                s.setLong(++p, d.nowUs());
            }
            s.setLong(++p, from);
            s.setLong(++p, to);
            int updated = s.executeUpdate();
            if (updated != done.size()) {
                // one of them lost a race (submitted twice, or expired). An SQLException, not a refusal:
                // it fails the whole batch, which is then retried one by one
                throw new SQLException("a lease in this commit is no longer live", "40001");
            }
        }
    }

    /** Adds the labels, one statement per distinct increment; {@code seq} again confines the scan to a few row groups. */
    private static void count(Connection c, Counted queue, Map<String, long[]> items) throws SQLException {
        Map<Long, List<String>> byDelta = new LinkedHashMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Map.Entry<String, long[]> item : items.entrySet()) {
            byDelta.computeIfAbsent(item.getValue()[1], d -> new ArrayList<>()).add(item.getKey());
            from = Math.min(from, item.getValue()[0]);
            to = Math.max(to, item.getValue()[0]);
        }
        for (Map.Entry<Long, List<String>> group : byDelta.entrySet()) {
            String in = String.join(", ", Collections.nCopies(group.getValue().size(), "?"));
            try (PreparedStatement s = c.prepareStatement("UPDATE annotation_items SET labels = labels + ?,"
                    + " closed = (labels + ? >= ?) WHERE project = ? AND queue_id = ? AND seq BETWEEN ? AND ?"
                    + " AND item_id IN (" + in + ")")) {
                int p = 0;
                s.setInt(++p, group.getKey().intValue());
                s.setInt(++p, group.getKey().intValue());
                s.setInt(++p, queue.overlap());
                s.setString(++p, queue.project().value());
                s.setString(++p, queue.queueId());
                s.setLong(++p, from);
                s.setLong(++p, to);
                for (String itemId : group.getValue()) {
                    s.setString(++p, itemId);
                }
                s.executeUpdate();
            }
        }
    }
}
