package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import java.time.Instant;

/**
 * One line of the admin audit log: when, in which project, who (a key id, {@code cli:<os user>}),
 * what, and a detail that names objects (key ids, export folders, erasure ids) but never personal
 * data or secrets. {@code seq} orders entries.
 */
public record AdminEntry(long seq, Instant at, ProjectId project, String actor, AdminAction action, String detail) {
    public AdminEntry {
        requireNonNull(at, "at is null");
        requireNonNull(project, "project is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(detail, "detail is null");
    }
}
