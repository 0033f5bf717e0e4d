package dev.plumbline.cli;

import dev.plumbline.judging.JudgeProfile;
import dev.plumbline.judging.JudgeTemplate;
import dev.plumbline.judging.JudgeTemplates;
import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.Prices;
import dev.plumbline.model.PlumblineException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plumbline judges add|list|show|remove}: judges configured once by name (model connection,
 * template, prices) and then used as {@code judge --judge NAME} and {@code audit judge --judge NAME}.
 */
@Command(name = "judges", mixinStandardHelpOptions = true, description = "Configure named judges: add, list, show, remove.",
        subcommands = {JudgesCommand.Add.class, JudgesCommand.ListJudges.class, JudgesCommand.Show.class, JudgesCommand.Remove.class})
final class JudgesCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add or replace a named judge (the key stays in the environment: only its variable's name is stored).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        ModelOptions model;

        @Parameters(index = "0", description = "The judge's name.")
        String name;

        @Option(names = "--template", description = "Template name or name@version; pinned to its version now "
                + "(default: " + JudgeTemplates.DEFAULT_PAIRWISE + ").")
        String template = JudgeTemplates.DEFAULT_PAIRWISE;

        @Option(names = "--temperature", defaultValue = "0", description = "Sampling temperature (default: ${DEFAULT-VALUE}).")
        double temperature;

        @Option(names = "--max-tokens", description = "Output token limit per call.")
        Integer maxTokens;

        @Option(names = "--connect-timeout", defaultValue = "10", description = "Connect timeout in seconds (default: ${DEFAULT-VALUE}).")
        long connectTimeout;

        @Option(names = "--request-timeout", defaultValue = "120", description = "Request timeout in seconds (default: ${DEFAULT-VALUE}).")
        long requestTimeout;

        @Option(names = "--retries", defaultValue = "3", description = "Retries on 429 and 5xx with back-off (default: ${DEFAULT-VALUE}).")
        int retries;

        @Option(names = "--concurrency", defaultValue = "4", description = "Calls in flight at most (default: ${DEFAULT-VALUE}).")
        int concurrency;

        @Option(names = "--price-input", defaultValue = "0", description = "Cost per 1,000 input tokens (default: ${DEFAULT-VALUE}).")
        double priceInput;

        @Option(names = "--price-output", defaultValue = "0", description = "Cost per 1,000 output tokens (default: ${DEFAULT-VALUE}).")
        double priceOutput;

        @Override
        public Integer call() {
            ModelConfig base = model.config(model.model);
            ModelConfig config = base.withTemperature(temperature)
                    .withTimeouts(Duration.ofSeconds(connectTimeout), Duration.ofSeconds(requestTimeout))
                    .withRetries(retries, base.initialBackoff(), base.maxBackoff())
                    .withMaxConcurrency(concurrency).withPrices(new Prices(priceInput, priceOutput));
            config = maxTokens == null ? config : config.withMaxTokens(maxTokens);
            JudgeTemplate pinned = TemplateFiles.catalog(storeOptions.data).require(template);
            JudgeProfile profile = new JudgeProfile(name, config, pinned.id());
            boolean replaced = JudgeProfiles.find(storeOptions.data, name).isPresent();
            JudgeProfiles.save(storeOptions.data, profile);
            System.out.println((replaced ? "replaced " : "added ") + JudgeProfiles.describe(List.of(profile)).get(0));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the named judges.")
    static final class ListJudges implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            List<JudgeProfile> all = JudgeProfiles.all(storeOptions.data);
            if (all.isEmpty()) {
                System.out.println("no judges configured: add one with 'plumbline judges add NAME --base-url URL --model NAME'");
            }
            JudgeProfiles.describe(all).forEach(System.out::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a named judge's configuration as JSON.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", description = "The judge's name.")
        String name;

        @Override
        public Integer call() {
            System.out.println(ReportJsonWriter.write(JudgeProfiles.json(JudgeProfiles.require(storeOptions.data, name))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a named judge (its labels stay).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", description = "The judge's name.")
        String name;

        @Override
        public Integer call() {
            if (!JudgeProfiles.remove(storeOptions.data, name)) {
                throw PlumblineException.notFound("no judge named '" + name + "'");
            }
            System.out.println("removed " + name);
            return ExitCodes.OK;
        }
    }
}
