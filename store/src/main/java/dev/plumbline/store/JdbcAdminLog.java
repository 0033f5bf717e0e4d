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
import java.util.Collections;
import java.util.List;

/** The admin audit log in SQL ({@code admin_audit_log}): inserts and reads, nothing else. */
final class JdbcAdminLog implements AdminLog {
    private final JdbcKeyStore.ConnectionSource connections;

    JdbcAdminLog(JdbcKeyStore.ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public AdminEntry append(ProjectId project, String actor, AdminAction action, String detail) {
        try (Connection c = connections.open()) {
            return insert(c, project, actor, action, detail);
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not write the admin audit log: " + e.getMessage(), e);
        }
    }

    /** Inserts on the caller's connection, so that an action and its entry commit together. */
    static AdminEntry insert(Connection c, ProjectId project, String actor, AdminAction action, String detail)
            throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO admin_audit_log (ts_us, project, actor, action, detail)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING seq")) {
            s.setLong(1, StoreLimits.micros(now));
            s.setString(2, project.value());
            s.setString(3, actor);
            s.setString(4, action.wireName());
            s.setString(5, detail);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new AdminEntry(rs.getLong(1), now, project, actor, action, detail);
            }
        }
    }

    @Override
    public List<AdminEntry> read(ProjectId project, int limit) {
        if (limit < 1) {
            throw PlumblineException.invalidInput("limit must be at least 1, was " + limit);
        }
        List<AdminEntry> entries = new ArrayList<>();
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
                "SELECT seq, ts_us, actor, action, detail FROM admin_audit_log WHERE project = ? ORDER BY seq DESC LIMIT ?")) {
            s.setString(1, project.value());
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String action = rs.getString(4);
                    entries.add(new AdminEntry(rs.getLong(1), Instant.EPOCH.plus(rs.getLong(2), ChronoUnit.MICROS), project,
                            rs.getString(3), AdminAction.fromWire(action).orElseThrow(() -> PlumblineException
                                    .internal("unknown admin action in the log: " + action, null)), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not read the admin audit log: " + e.getMessage(), e);
        }
        Collections.reverse(entries);
        return entries;
    }
}
