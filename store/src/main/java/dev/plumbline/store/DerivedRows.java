package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How one dialect writes a batch of derived facts fast, inside the caller's transaction: the facts
 * whose key is new, then the sources of exactly those. The rest of {@link JdbcDerivedStore} is shared SQL.
 */
interface DerivedRows {
    /** Inserts the facts (distinct keys), skipping stored keys; returns those inserted. */
    List<DerivedEntry> insertNew(Connection connection, ProjectId project, List<DerivedEntry> facts) throws SQLException;

    /** Inserts the sources of facts that were just inserted, with their positions. */
    void insertSources(Connection connection, ProjectId project, List<DerivedEntry> facts) throws SQLException;
}
