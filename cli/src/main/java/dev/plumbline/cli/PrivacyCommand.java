package dev.plumbline.cli;

import dev.plumbline.privacy.CustomPattern;
import dev.plumbline.privacy.PiiType;
import dev.plumbline.privacy.RedactionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline privacy policy show|set}: the project's redaction policy, which every export and {@code audit pii} use. */
@Command(name = "privacy", mixinStandardHelpOptions = true, description = "The project's privacy settings.",
        subcommands = {PrivacyCommand.Policy.class})
final class PrivacyCommand {
    @Command(name = "policy", mixinStandardHelpOptions = true,
            description = "Show or set the project's redaction policy (built-in types on, custom patterns).",
            subcommands = {PrivacyCommand.Show.class, PrivacyCommand.Set.class})
    static final class Policy {
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the redaction policy in force for the project.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the policy file's JSON.")
        boolean json;

        @Override
        public Integer call() {
            Path file = RedactionConfig.projectFile(storeOptions.data, storeOptions.project());
            RedactionPolicy policy = RedactionConfig.resolve(Optional.empty(), storeOptions.data, storeOptions.project());
            if (json) {
                System.out.println(ReportJsonWriter.write(RedactionConfig.json(policy)));
            } else {
                System.out.println("redaction policy of project " + storeOptions.project() + ": " + policy.describe());
                System.out.println(Files.isRegularFile(file) ? "from " + file : "the default (no " + file + ")");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set the project's redaction policy from flags or from a policy file.")
    static final class Set implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--types", split = ",", description = "Built-in types on (default: all): email, phone, card, iban, ip, secret, or none.")
        List<String> types;

        @Option(names = "--pattern", description = "A custom pattern NAME=REGEX; NAME is the placeholder stem (<NAME_1>). Repeatable.")
        List<String> patterns = List.of();

        @Option(names = "--from", description = "A redaction.json file to use as the project's policy.")
        Path from;

        @Override
        public Integer call() {
            RedactionPolicy policy = from != null ? RedactionConfig.read(from)
                    : new RedactionPolicy(types(types), patterns.stream().map(CustomPattern::parse).toList());
            Path file = RedactionConfig.projectFile(storeOptions.data, storeOptions.project());
            RedactionConfig.write(file, policy);
            System.out.println("redaction policy of project " + storeOptions.project() + " set: " + policy.describe()
                    + " (" + file + ")");
            return ExitCodes.OK;
        }
    }

    /** The built-in types a flag names: all when absent, none for {@code none}. */
    static EnumSet<PiiType> types(List<String> names) {
        if (names == null) {
            return EnumSet.allOf(PiiType.class);
        }
        EnumSet<PiiType> on = EnumSet.noneOf(PiiType.class);
        names.stream().filter(n -> !n.equalsIgnoreCase("none")).forEach(n -> on.add(RedactionConfig.type(n, "--types")));
        return on;
    }
}
