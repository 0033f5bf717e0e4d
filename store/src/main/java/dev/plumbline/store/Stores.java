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
        if (database.isPresent()) {
            return PostgresStore.open(database.get());
        }
        return DuckDbStore.open(dataDirectory);
    }
}
