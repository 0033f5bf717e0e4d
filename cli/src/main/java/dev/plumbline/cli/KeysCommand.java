package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Scope;
import dev.plumbline.store.AdminAction;
import dev.plumbline.store.ApiKey;
import dev.plumbline.store.KeyStore;
import dev.plumbline.store.Store;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plumbline keys create|list|revoke}: API keys per project, stored hashed. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage API keys (stored hashed; shown once).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand {
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print its token once.")
    static final class Create implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--scope", required = true, split = ",", description = "ingest, annotate, admin (repeatable).")
        List<String> scopes;

        @Option(names = "--name", defaultValue = "key", description = "A label for the key (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            Set<Scope> parsed = EnumSet.noneOf(Scope.class);
            for (String scope : scopes) {
                parsed.add(Scope.fromWire(scope.trim()).orElseThrow(() -> PlumblineException.invalidInput(
                        "unknown scope '" + scope + "': use ingest, annotate or admin")));
            }
            try (Store store = storeOptions.open()) {
                KeyStore.CreatedKey created = store.keys().create(storeOptions.project(), name, parsed);
                store.adminLog().append(storeOptions.project(), EraseCommand.actor(), AdminAction.KEY_CREATED,
                        "key " + created.key().keyId() + " '" + name + "' scopes " + describe(created.key()));
                System.out.println("key " + created.key().keyId() + " for project " + created.key().project()
                        + " with scopes " + describe(created.key()));
                System.out.println(created.token());
                System.err.println("This token is shown once; Plumbline stores only its hash.");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a project's keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                for (ApiKey key : store.keys().list(storeOptions.project())) {
                    System.out.printf("%s  %-20s %-24s %s%s%n", key.keyId(), key.name(), describe(key), key.createdAt(),
                            key.revoked() ? "  revoked" : "");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "KEY_ID")
        String keyId;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                if (!store.keys().revoke(keyId)) {
                    throw PlumblineException.notFound("no key with id " + keyId);
                }
                System.out.println("revoked " + keyId);
            }
            return ExitCodes.OK;
        }
    }

    private static String describe(ApiKey key) {
        return key.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(","));
    }
}
