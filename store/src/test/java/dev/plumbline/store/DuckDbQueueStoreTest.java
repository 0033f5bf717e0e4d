package dev.plumbline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The queue store contract on the embedded store: a real DuckDB file in a temporary directory. */
class DuckDbQueueStoreTest extends QueueStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }
}
