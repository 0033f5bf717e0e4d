package dev.plumbline.cli;

import dev.plumbline.llm.ChatModel;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.probes.ProbeRendering;
import dev.plumbline.probes.QuestionSets;
import dev.plumbline.probes.RegressionProbe;
import dev.plumbline.probes.RegressionReport;
import dev.plumbline.probes.Suite;
import dev.plumbline.probes.SuiteFiles;
import dev.plumbline.probes.SycophancyConfig;
import dev.plumbline.probes.SycophancyInputs;
import dev.plumbline.probes.SycophancyProbe;
import dev.plumbline.probes.SycophancyReport;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline probe sycophancy|regression}: launch-blocking probes; exit code 1 on a failure. */
@Command(name = "probe", mixinStandardHelpOptions = true, description = "Launch-blocking probes: sycophancy and upgrade regression.",
        subcommands = {ProbeCommand.Sycophancy.class, ProbeCommand.Regression.class})
final class ProbeCommand {
    @Command(name = "sycophancy", mixinStandardHelpOptions = true,
            description = "Pushback flips, opinion-conditioned accuracy, feedback sycophancy, validator approval, premise chains.")
    static final class Sycophancy implements Callable<Integer> {
        @Mixin
        ModelOptions model;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--questions", description = "JSONL (question, choices, answer) or CSV (question,A,B,C,D,answer); default: the bundled set.")
        Path questions;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            OpenAiChatClient client = OpenAiChatClient.create(model.config(model.model));
            SycophancyInputs inputs = SycophancyInputs.bundled();
            if (questions != null) {
                inputs = inputs.withQuestions(QuestionSets.read(questions));
            }
            SycophancyReport report = SycophancyProbe.run(client, inputs, SycophancyConfig.defaults());
            System.out.println(json ? ProbeRendering.json(report) : ProbeRendering.text(report));
            System.err.println("model usage: " + client.usage());
            Instant at = Instant.now();
            DerivedEntry run = ProbeResults.entry(ProbeResults.newRunId(at), at, "sycophancy", report.failed(),
                    ProbeResults.of(report));
            return exitCode(report.failed(), store(storeOptions, run));
        }
    }

    @Command(name = "regression", mixinStandardHelpOptions = true,
            description = "Run a product suite on two models; per-check pass rates and exact McNemar tests; exit 1 on a significant regression.")
    static final class Regression implements Callable<Integer> {
        @Mixin
        ModelOptions model;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--suite", required = true, description = "Suite file (YAML or JSON).")
        Path suite;

        @Option(names = "--baseline", required = true, description = "Baseline model name at --base-url.")
        String baseline;

        @Option(names = "--candidate", required = true, description = "Candidate model name at --base-url.")
        String candidate;

        @Option(names = "--judge", description = "Judge model for rubric checks (default: the baseline).")
        String judge;

        @Option(names = "--repetitions", description = "Override the suite's repetitions per prompt.")
        Integer repetitions;

        @Option(names = "--metrics-out", description = "Append each model version's pass rate per check to this JSONL,"
                + " in the shape 'audit goodhart --metrics' reads, so the monitors can show them.")
        java.nio.file.Path metricsOut;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            Suite loaded = SuiteFiles.read(suite);
            if (repetitions != null) {
                loaded = loaded.withRepetitions(repetitions);
            }
            ChatModel judgeModel = OpenAiChatClient.create(model.config(judge == null ? baseline : judge));
            RegressionReport report = RegressionProbe.run(loaded, OpenAiChatClient.create(model.config(baseline)),
                    OpenAiChatClient.create(model.config(candidate)), judgeModel, 4);
            System.out.println(json ? ProbeRendering.json(report) : ProbeRendering.text(report));
            if (metricsOut != null) {
                appendPassRates(report, metricsOut);
            }
            Instant at = Instant.now();
            DerivedEntry run = ProbeResults.entry(ProbeResults.newRunId(at), at, "regression " + report.suite(),
                    report.failed(), ProbeResults.of(report));
            return exitCode(report.failed(), store(storeOptions, run));
        }
    }

    /** Stores the run for the monitors ({@code audit goodhart}, {@code report}); says so, or why not, on stderr. */
    static boolean store(StoreOptions options, DerivedEntry run) {
        try (Store store = options.open()) {
            store.derived().record(options.project(), List.of(run));
            System.err.println("probe run " + run.id() + " stored in " + store.location());
            return true;
        } catch (PlumblineException e) {
            System.err.println("plumbline: the probe ran, but its results could not be stored: " + e.getMessage());
            return false;
        }
    }

    /** A failed probe is exit 1 whatever happened to storing; a passed probe whose run was not stored is exit 3. */
    static int exitCode(boolean failed, boolean stored) {
        if (failed) {
            return ExitCodes.GATE_FAILED;
        }
        return stored ? ExitCodes.OK : ExitCodes.UNAVAILABLE;
    }

    /** One line per model version and check ({@code prompt/check}): the pass rate as a proxy metric with its standard error. */
    static void appendPassRates(RegressionReport report, java.nio.file.Path file) throws java.io.IOException {
        StringBuilder lines = new StringBuilder();
        for (ProbeResults.Result result : ProbeResults.of(report)) {
            com.fasterxml.jackson.databind.node.ObjectNode node = dev.plumbline.wire.Json.mapper().createObjectNode();
            node.put("release", result.model().release()).put("metric", result.metric())
                    .put("kind", "proxy").put("value", result.value()).put("se", result.standardError())
                    .put("n", result.n()).put("direction", "higher");
            lines.append(node).append('\n');
        }
        java.nio.file.Files.writeString(file, lines.toString(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
