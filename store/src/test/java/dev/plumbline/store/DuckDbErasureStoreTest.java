package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erasure and admin-log contract on the embedded store: a real DuckDB file. */
class DuckDbErasureStoreTest extends ErasureStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }

    @Test
    void noFileOfTheIngestJournalHoldsAnErasedUsersTextAfterwards() throws IOException {
        String secret = "my account number is 5512-unique-erasure-marker";
        store.records().append(PROJECT, List.of(interaction("i-secret", "erased-user", secret)));
        store.records().count(PROJECT);
        assertThat(journalHolds(secret)).as("the journal's files still hold applied entries before erasure").isTrue();

        store.erasure().erase(PROJECT, "erased-user", "admin");

        assertThat(journalHolds(secret)).isFalse();
    }

    private boolean journalHolds(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(data.resolve("journal"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    protected Connection rawConnection(Store store) throws SQLException {
        return ((DuckDbStore) store).newConnection();
    }

    @Override
    protected String schema() {
        return "main";
    }

    @Override
    protected void makeTheErasureLogRefuse(Store store, String requestedBy) throws SQLException {
        // DuckDB cannot add a constraint to an existing table; the log is empty, so it is recreated with one.
        try (Connection connection = rawConnection(store); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE erasure_log");
            statement.execute("CREATE TABLE erasure_log (erasure_id VARCHAR PRIMARY KEY, project VARCHAR NOT NULL,"
                    + " subject_hash VARCHAR NOT NULL, requested_by VARCHAR NOT NULL CHECK (requested_by <> '" + requestedBy
                    + "'), erased_us BIGINT NOT NULL, interactions BIGINT NOT NULL, feedback BIGINT NOT NULL,"
                    + " labels BIGINT NOT NULL, derived BIGINT DEFAULT 0)");
        }
    }
}
