package dev.plumbline.store;

import java.nio.file.Path;

/** Opens the store a user named: a JDBC PostgreSQL URL, or else the embedded store in a data directory. */
public final class Stores {
    private Stores() {
    }

    /**
     * @param database a {@code jdbc:postgresql://...} URL, or empty for the embedded store
     * @param dataDirectory where the embedded store lives
     */
    public static Store open(java.util.Optional<String> database, Path dataDirectory) {
        return open(database, dataDirectory, 0);
    }

    /** As {@link #open(java.util.Optional, Path)}, the embedded store with {@code duckDbThreads} DuckDB workers (0: one per core less one). */
    public static Store open(java.util.Optional<String> database, Path dataDirectory, int duckDbThreads) {
        if (database.isPresent()) {
            return PostgresStore.open(database.get());
        }
        return DuckDbStore.open(dataDirectory, duckDbThreads);
    }
}
