package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derived facts in SQL, shared by both adapters. Writes run on the record store's write connection,
 * so they are serialised with its other write transactions (erasures; appends too, except on the
 * embedded store, whose appends commit to its journal); each batch is one transaction in which the
 * dialect's {@link DerivedRows} inserts the new facts and then the sources of exactly those.
 */
final class JdbcDerivedStore implements DerivedStore {
    static final int BATCH = 2_000;
    private final JdbcRecordStore records;
    private final DerivedRows rows;

    JdbcDerivedStore(JdbcRecordStore records, DerivedRows rows) {
        this.records = records;
        this.rows = rows;
    }

    @Override
    public long record(ProjectId project, Iterable<DerivedEntry> facts) {
        long added = 0;
        Map<String, DerivedEntry> batch = new LinkedHashMap<>();
        for (DerivedEntry fact : facts) {
            batch.putIfAbsent(fact.kind().wireName() + "\u0000" + fact.id(), fact);
            if (batch.size() == BATCH) {
                added += write(project, List.copyOf(batch.values()));
                batch.clear();
            }
        }
        return batch.isEmpty() ? added : added + write(project, List.copyOf(batch.values()));
    }

    private long write(ProjectId project, List<DerivedEntry> batch) {
        return records.inWriteTransaction(connection -> {
            List<DerivedEntry> inserted = rows.insertNew(connection, project, batch);
            rows.insertSources(connection, project, inserted);
            return (long) inserted.size();
        });
    }

    @Override
    public Optional<DerivedEntry> find(ProjectId project, DerivedKind kind, String id) {
        List<DerivedEntry> found = select(project, kind, " AND id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Optional<DerivedEntry> find(ProjectId project, String id) {
        for (DerivedKind kind : DerivedKind.values()) {
            Optional<DerivedEntry> found = find(project, kind, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<DerivedEntry> list(ProjectId project, DerivedKind kind) {
        return select(project, kind, "", null);
    }

    private List<DerivedEntry> select(ProjectId project, DerivedKind kind, String condition, String id) {
        try (Connection connection = records.readConnection()) {
            Map<String, List<String>> sources = sources(connection, project, kind, condition, id);
            List<DerivedEntry> facts = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, created_us, user_id, body, invalidated_by"
                    + " FROM derived WHERE project = ? AND kind = ?" + condition + " ORDER BY created_us, "
                    + records.textOrder("id"))) {
                bind(s, project, kind, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        facts.add(new DerivedEntry(kind, rs.getString(1),
                                Instant.EPOCH.plus(rs.getLong(2), ChronoUnit.MICROS), Optional.ofNullable(rs.getString(3)),
                                sources.getOrDefault(rs.getString(1), List.of()), rs.getString(4),
                                Optional.ofNullable(rs.getString(5))));
                    }
                }
            }
            return facts;
        } catch (SQLException e) {
            throw PlumblineException.unavailable("the store could not read derived facts: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> sources(Connection connection, ProjectId project, DerivedKind kind,
            String condition, String id) throws SQLException {
        Map<String, List<String>> sources = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, source_id FROM derived_sources"
                + " WHERE project = ? AND kind = ?" + condition + " ORDER BY id, position")) {
            bind(s, project, kind, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return sources;
    }

    private static void bind(PreparedStatement s, ProjectId project, DerivedKind kind, String id) throws SQLException {
        s.setString(1, project.value());
        s.setString(2, kind.wireName());
        if (id != null) {
            s.setString(3, id);
        }
    }
}
