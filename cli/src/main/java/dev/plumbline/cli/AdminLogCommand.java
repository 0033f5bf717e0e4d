package dev.plumbline.cli;

import dev.plumbline.store.AdminEntry;
import dev.plumbline.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline admin-log}: reads the project's append-only admin audit log (keys, exports, erasures). */
@Command(name = "admin-log", mixinStandardHelpOptions = true, description = "Show the admin audit log of a project.")
final class AdminLogCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many of the newest entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            for (AdminEntry entry : store.adminLog().read(storeOptions.project(), limit)) {
                System.out.printf("%5d  %s  %-16s %-12s %s%n", entry.seq(), entry.at(), entry.actor(),
                        entry.action().wireName(), entry.detail());
            }
        }
        return ExitCodes.OK;
    }
}
