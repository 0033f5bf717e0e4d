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

    Store open() {
        return Stores.open(Optional.ofNullable(database).filter(d -> !d.isBlank()), data);
    }

    ProjectId project() {
        return new ProjectId(project);
    }
}
