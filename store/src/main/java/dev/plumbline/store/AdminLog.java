package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.util.List;

/**
 * The append-only log of administrative actions (keys created and revoked, exports made,
 * erasures), readable by admins. There is no way to change or remove an entry through this port;
 * on PostgreSQL the database also ignores updates and deletes. Thread-safe.
 */
public interface AdminLog {
    AdminEntry append(ProjectId project, String actor, AdminAction action, String detail);

    /** The project's entries, oldest first, at most {@code limit} of the newest. */
    List<AdminEntry> read(ProjectId project, int limit);
}
