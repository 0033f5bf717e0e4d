package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The derived-fact half of an erasure, inside its transaction: removes every fact of the user or
 * sourced from an erased record, then (transitively) every fact sourced from a removed fact; a
 * dataset instead loses those sources and is marked with the erasure id, so the export behind it
 * can be found and rebuilt. Pair ids name the records they pair, so nothing of a removed fact may
 * stay behind in a dataset's sources.
 */
final class DerivedErasure {
    private static final int CHUNK = 500;

    /** What was done: facts removed, and the datasets marked. */
    record Outcome(long removed, Set<String> markedDatasets) {
    }

    private DerivedErasure() {
    }

    static Outcome apply(Connection connection, ProjectId project, String userId, Set<String> erasedRecordIds,
            String erasureId) throws SQLException {
        Set<String> removedKeys = new HashSet<>();
        Set<String> gone = new HashSet<>(erasedRecordIds);
        Set<String> datasets = new TreeSet<>();
        Set<String> frontier = new HashSet<>(erasedRecordIds);
        for (String[] key : ofUser(connection, project, userId)) {
            take(key, removedKeys, gone, datasets, frontier);
        }
        while (!frontier.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (String[] key : fedBy(connection, project, frontier)) {
                take(key, removedKeys, gone, datasets, next);
            }
            frontier = next;
        }
        for (DerivedKind kind : DerivedKind.values()) {
            List<String> ids = removedKeys.stream().filter(key -> key.startsWith(kind.wireName() + "\u0000"))
                    .map(key -> key.substring(kind.wireName().length() + 1)).toList();
            delete(connection, "derived_sources", project, kind, ids);
            delete(connection, "derived", project, kind, ids);
        }
        for (String dataset : datasets) {
            mark(connection, project, dataset, gone, erasureId);
        }
        return new Outcome(removedKeys.size() + deleteSnapshots(connection, project), datasets);
    }

    private static void take(String[] key, Set<String> removedKeys, Set<String> gone, Set<String> datasets,
            Set<String> next) {
        DerivedKind kind = DerivedKind.fromWire(key[0]).orElseThrow();
        if (!kind.erasedWithItsSources()) {
            datasets.add(key[1]);
        } else if (removedKeys.add(key[0] + "\u0000" + key[1])) {
            gone.add(key[1]);
            next.add(key[1]);
        }
    }

    /**
     * Report snapshots keep rendered views (the voice view quotes phrases seen in completions) and
     * name no sources to follow, so any erasure drops the project's snapshots; the next report run
     * that has the arguments computes them again.
     */
    private static int deleteSnapshots(Connection connection, ProjectId project) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM derived WHERE project = ? AND kind = ?")) {
            s.setString(1, project.value());
            s.setString(2, DerivedKind.REPORT_SNAPSHOT.wireName());
            return s.executeUpdate();
        }
    }

    private static List<String[]> ofUser(Connection connection, ProjectId project, String userId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT kind, id FROM derived WHERE project = ? AND user_id = ?")) {
            s.setString(1, project.value());
            s.setString(2, userId);
            return keys(s);
        }
    }

    private static List<String[]> fedBy(Connection connection, ProjectId project, Collection<String> sourceIds)
            throws SQLException {
        List<String[]> found = new ArrayList<>();
        List<String> ids = new ArrayList<>(sourceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT kind, id FROM derived_sources"
                    + " WHERE project = ? AND source_id IN (" + marks(chunk.size()) + ")")) {
                s.setString(1, project.value());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 2, chunk.get(i));
                }
                found.addAll(keys(s));
            }
        }
        return found;
    }

    private static List<String[]> keys(PreparedStatement s) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return keys;
    }

    private static void delete(Connection connection, String table, ProjectId project, DerivedKind kind, List<String> ids)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE project = ? AND kind = ?"
                    + " AND id IN (" + marks(chunk.size()) + ")")) {
                s.setString(1, project.value());
                s.setString(2, kind.wireName());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 3, chunk.get(i));
                }
                s.executeUpdate();
            }
        }
    }

    private static void mark(Connection connection, ProjectId project, String dataset, Set<String> gone, String erasureId)
            throws SQLException {
        List<String> ids = new ArrayList<>(gone);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM derived_sources WHERE project = ?"
                    + " AND kind = 'dataset' AND id = ? AND source_id IN (" + marks(chunk.size()) + ")")) {
                s.setString(1, project.value());
                s.setString(2, dataset);
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 3, chunk.get(i));
                }
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE derived SET invalidated_by = ? WHERE project = ? AND kind = 'dataset' AND id = ?")) {
            s.setString(1, erasureId);
            s.setString(2, project.value());
            s.setString(3, dataset);
            s.executeUpdate();
        }
    }

    private static String marks(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(","));
    }
}
