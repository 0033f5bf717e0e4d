package dev.plumbline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The derived-fact contract on the embedded store: a real DuckDB file. */
class DuckDbDerivedStoreTest extends DerivedStoreContract {
    @TempDir
    Path data;

    @Override
    protected Store openStore() {
        return DuckDbStore.open(data);
    }
}
