package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derived facts into PostgreSQL with one {@code INSERT ... SELECT FROM unnest(...)} per batch and one
 * for its sources, so the cost does not grow with round trips. Rows go in key order so that two
 * writers of overlapping batches wait on each other in the same order and cannot deadlock.
 */
final class PostgresDerivedRows implements DerivedRows {
    @Override
    public List<DerivedEntry> insertNew(Connection connection, ProjectId project, List<DerivedEntry> facts)
            throws SQLException {
        List<DerivedEntry> sorted = facts.stream().sorted(Comparator.comparing((DerivedEntry f) -> f.kind().wireName())
                .thenComparing(DerivedEntry::id)).toList();
        Map<String, DerivedEntry> byKey = new HashMap<>();
        sorted.forEach(f -> byKey.put(f.kind().wireName() + "\u0000" + f.id(), f));
        String sql = "INSERT INTO derived (project, kind, id, created_us, user_id, body) SELECT ?, * FROM unnest("
                + "?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING RETURNING kind, id";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, project.value());
            s.setArray(2, connection.createArrayOf("text", sorted.stream().map(f -> f.kind().wireName()).toArray()));
            s.setArray(3, connection.createArrayOf("text", sorted.stream().map(DerivedEntry::id).toArray()));
            s.setArray(4, connection.createArrayOf("bigint", sorted.stream().map(f -> StoreLimits.micros(f.created())).toArray()));
            s.setArray(5, connection.createArrayOf("text", sorted.stream().map(f -> f.userId().orElse(null)).toArray()));
            s.setArray(6, connection.createArrayOf("text", sorted.stream().map(DerivedEntry::body).toArray()));
            List<DerivedEntry> inserted = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(byKey.get(rs.getString(1) + "\u0000" + rs.getString(2)));
                }
            }
            return inserted;
        }
    }

    @Override
    public void insertSources(Connection connection, ProjectId project, List<DerivedEntry> facts) throws SQLException {
        List<Object> kinds = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        List<Object> positions = new ArrayList<>();
        for (DerivedEntry fact : facts) {
            for (int position = 0; position < fact.sources().size(); position++) {
                kinds.add(fact.kind().wireName());
                ids.add(fact.id());
                sources.add(fact.sources().get(position));
                positions.add(position);
            }
        }
        if (kinds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO derived_sources (project, kind, id, source_id,"
                + " position) SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[])")) {
            s.setString(1, project.value());
            s.setArray(2, connection.createArrayOf("text", kinds.toArray()));
            s.setArray(3, connection.createArrayOf("text", ids.toArray()));
            s.setArray(4, connection.createArrayOf("text", sources.toArray()));
            s.setArray(5, connection.createArrayOf("integer", positions.toArray()));
            s.executeUpdate();
        }
    }
}
