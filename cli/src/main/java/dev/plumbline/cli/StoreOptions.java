package dev.plumbline.cli;

import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Store;
import dev.plumbline.store.Stores;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the data lives and which project a command acts on; mixed into every command that touches the store. */
final class StoreOptions {
    @Option(names = "--data", description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:PLUMBLINE_DATA:-plumbline-data}")
    Path data;

    @Option(names = "--db", description = "PostgreSQL instead of the embedded store: jdbc:postgresql://host:port/db?user=...",
            defaultValue = "${env:PLUMBLINE_DB}")
    String database;

    @Option(names = "--project", description = "Project to act on (default: ${DEFAULT-VALUE}).", defaultValue = "default")
    String project;

    @Option(names = "--duckdb-threads", defaultValue = "${env:PLUMBLINE_DUCKDB_THREADS:-0}",
            description = "DuckDB worker threads of the embedded store; 0 is one per core less one, at least one"
                    + " (default: ${DEFAULT-VALUE}). Fewer leave more CPU to ingest; more speed up large reads.")
    int duckDbThreads;

    Store open() {
        return Stores.open(Optional.ofNullable(database).filter(d -> !d.isBlank()), data, duckDbThreads);
    }

    ProjectId project() {
        return new ProjectId(project);
    }
}
