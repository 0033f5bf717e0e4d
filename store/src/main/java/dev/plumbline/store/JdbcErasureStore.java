package dev.plumbline.store;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erasure in SQL, on the record store's write connection so it is serialised with its other write
 * transactions (appends too, except on the embedded store, whose appends commit to its journal and
 * whose erased keys leave the journal's index after the commit). Which
 * labels are about an interaction is only in their bodies, so labels (and choice feedback) are
 * decoded to decide; everything else is a query on the indexed columns. The derived facts fed by
 * the erased records go in the same transaction ({@link DerivedErasure}).
 */
final class JdbcErasureStore implements ErasureStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcRecordStore records;

    JdbcErasureStore(JdbcRecordStore records) {
        this.records = records;
    }

    @Override
    public Set<RecordKey> recordsOf(ProjectId project, String userId) {
        try (Connection connection = records.readConnection()) {
            return find(connection, project, userId);
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public ErasureReceipt erase(ProjectId project, String userId, String requestedBy) {
        if (userId.isBlank()) {
            throw PlumblineException.invalidInput("the user id to erase is empty");
        }
        List<Set<RecordKey>> erased = new ArrayList<>(1);
        ErasureReceipt done = records.inWriteTransaction(connection -> {
            Set<RecordKey> doomed = find(connection, project, userId);
            erased.add(doomed);
            records.erasing(project, doomed);
            for (Kind kind : Kind.values()) {
                delete(connection, project, kind, doomed.stream().filter(k -> k.kind() == kind).map(RecordKey::id).toList());
            }
            String erasureId = newErasureId();
            DerivedErasure.Outcome derived = DerivedErasure.apply(connection, project, userId,
                    doomed.stream().map(RecordKey::id).collect(Collectors.toSet()), erasureId);
            ErasureReceipt receipt = receipt(erasureId, project, userId, requestedBy, doomed, derived.removed());
            log(connection, receipt);
            JdbcAdminLog.insert(connection, project, requestedBy, AdminAction.ERASURE, "erasure " + receipt.erasureId()
                    + ": interactions=" + receipt.interactions() + " feedback=" + receipt.feedback() + " labels="
                    + receipt.labels() + " derived=" + receipt.derived() + " datasets_marked=" + derived.markedDatasets().size());
            return receipt;
        });
        records.erased(project, erased.get(0));
        return done;
    }

    private Set<RecordKey> find(Connection connection, ProjectId project, String userId) throws SQLException {
        Set<String> interactions = ids(connection, "SELECT id FROM records WHERE project = ? AND kind = 'interaction'"
                + " AND user_id = ?", project, userId);
        Set<RecordKey> found = new HashSet<>();
        interactions.forEach(id -> found.add(new RecordKey(Kind.INTERACTION, id)));
        try (PreparedStatement s = connection.prepareStatement("SELECT kind, id, interaction_id, actor_id, type, body"
                + " FROM records WHERE project = ? AND kind IN ('feedback', 'label')")) {
            s.setString(1, project.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (concerns(rs, userId, interactions)) {
                        found.add(new RecordKey(Kind.fromWire(rs.getString(1)).orElseThrow(), rs.getString(2)));
                    }
                }
            }
        }
        return found;
    }

    /** Whether a feedback or label row is the user's or about one of their interactions. */
    private boolean concerns(ResultSet rs, String userId, Set<String> interactions) throws SQLException {
        if (userId.equals(rs.getString(4)) || interactions.contains(rs.getString(3))) {
            return true;
        }
        boolean label = rs.getString(1).equals("label");
        if (!label && !"choice".equals(rs.getString(5))) {
            return false;
        }
        Record record = records.decodeBody(rs.getString(6));
        return referenced(record).stream().anyMatch(interactions::contains);
    }

    private static List<String> referenced(Record record) {
        List<String> ids = new ArrayList<>();
        if (record instanceof Feedback feedback) {
            ids.addAll(feedback.chosen());
            ids.addAll(feedback.rejected());
        } else if (record instanceof Label label) {
            if (label.subject() instanceof LabelSubject.Pair pair) {
                ids.add(pair.first());
                ids.add(pair.second());
            } else if (label.subject() instanceof LabelSubject.Item item) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    private static Set<String> ids(Connection connection, String sql, ProjectId project, String value) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, project.value());
            s.setString(2, value);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void delete(Connection connection, ProjectId project, Kind kind, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            try (PreparedStatement s = connection.prepareStatement(
                    "DELETE FROM records WHERE project = ? AND kind = ? AND id IN (" + marks + ")")) {
                s.setString(1, project.value());
                s.setString(2, kind.wireName());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 3, chunk.get(i));
                }
                s.executeUpdate();
            }
        }
    }

    private static String newErasureId() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "er-" + HexFormat.of().formatHex(random);
    }

    private static ErasureReceipt receipt(String erasureId, ProjectId project, String userId, String requestedBy,
            Set<RecordKey> erased, long derived) {
        return new ErasureReceipt(erasureId, project, ErasureStore.subjectHash(project, userId),
                requestedBy, Instant.now().truncatedTo(ChronoUnit.MICROS), count(erased, Kind.INTERACTION),
                count(erased, Kind.FEEDBACK), count(erased, Kind.LABEL), derived);
    }

    private static long count(Set<RecordKey> keys, Kind kind) {
        return keys.stream().filter(k -> k.kind() == kind).count();
    }

    private static void log(Connection connection, ErasureReceipt receipt) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO erasure_log (erasure_id, project, subject_hash,"
                + " requested_by, erased_us, interactions, feedback, labels, derived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, receipt.erasureId());
            s.setString(2, receipt.project().value());
            s.setString(3, receipt.subjectHash());
            s.setString(4, receipt.requestedBy());
            s.setLong(5, StoreLimits.micros(receipt.at()));
            s.setLong(6, receipt.interactions());
            s.setLong(7, receipt.feedback());
            s.setLong(8, receipt.labels());
            s.setLong(9, receipt.derived());
            s.executeUpdate();
        }
    }

    @Override
    public List<ErasureReceipt> log(ProjectId project) {
        List<ErasureReceipt> receipts = new ArrayList<>();
        try (Connection connection = records.readConnection(); PreparedStatement s = connection.prepareStatement(
                "SELECT erasure_id, subject_hash, requested_by, erased_us, interactions, feedback, labels,"
                        + " coalesce(derived, 0) FROM erasure_log"
                        + " WHERE project = ? ORDER BY erased_us, erasure_id")) {
            s.setString(1, project.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    receipts.add(new ErasureReceipt(rs.getString(1), project, rs.getString(2), rs.getString(3),
                            Instant.EPOCH.plus(rs.getLong(4), ChronoUnit.MICROS), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not read the erasure log: " + e.getMessage(), e);
        }
        return receipts;
    }
}
