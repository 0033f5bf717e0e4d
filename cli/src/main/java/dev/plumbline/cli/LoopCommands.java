package dev.plumbline.cli;

import dev.plumbline.export.ExportConfig;
import dev.plumbline.export.ExportResult;
import dev.plumbline.export.Exporter;
import dev.plumbline.export.SplitBy;
import dev.plumbline.export.TrlFormat;
import dev.plumbline.model.Record;
import dev.plumbline.pairs.BuildConfig;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.DatasetBuilder;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.Pair;
import dev.plumbline.pairs.RefuseUncalibratedJudges;
import dev.plumbline.privacy.RedactionPolicy;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.provenance.ItemSet;
import dev.plumbline.provenance.OverlapAudit;
import dev.plumbline.provenance.OverlapReport;
import dev.plumbline.provenance.TextItem;
import dev.plumbline.signals.CoverageAudit;
import dev.plumbline.signals.CoverageReport;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.signals.SignalConfig;
import dev.plumbline.store.SessionScan;
import dev.plumbline.model.ProjectId;
import java.time.Instant;
import dev.plumbline.server.StoreMiner;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The loop's commands: mine, export, audit coverage. Derived facts are recomputed from the store,
 * deterministically. Mining streams the store session by session and holds the surviving pairs; the
 * judge gate then reads the project's labels, and {@code audit coverage} still loads the project.
 * The pairs kept (and every export as a dataset) are recorded in the store for lineage and erasure.
 */
final class LoopCommands {
    private LoopCommands() {
    }

    /** The project's dataset, mined straight from the store's session-ordered scan: only the surviving pairs are held. */
    static Dataset mine(Store store, StoreOptions options) {
        return StoreMiner.dataset(store.records(), options.project(), MiningConfig.DEFAULTS);
    }

    /**
     * Mines, then applies the judge gate: judges are audited against the human labels in the store and
     * a refused judge's votes are withheld; the report's last filter line says who and why.
     */
    static Dataset mine(Store store, StoreOptions options, JudgeGateOptions judges) {
        Dataset mined = mine(store, options);
        BuildConfig build = MiningConfig.DEFAULTS.build();
        RefuseUncalibratedJudges gate = judges.gate(RecordsLoader.labels(store, options.project()), build.minConfidence());
        return gate.applyTo(mined, new DatasetBuilder(build).gates());
    }

    @Command(name = "mine", mixinStandardHelpOptions = true,
            description = "Sessions, implicit signals and preference pairs from the stored records, with filters and gates.")
    static final class Mine implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        JudgeGateOptions judgeGate;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Dataset dataset;
            long recorded;
            try (Store store = storeOptions.open()) {
                dataset = mine(store, storeOptions, judgeGate);
                recorded = store.derived().record(storeOptions.project(),
                        DerivedFacts.pairs(dataset.pairs(), java.time.Instant.now()));
            }
            Map<String, Long> signals = dataset.report().lineage().signalsByType();
            if (json) {
                Map<String, Object> out = new TreeMap<>();
                out.put("signals", signals);
                out.put("pairs", dataset.pairs().size());
                out.put("report", dataset.report());
                out.put("pairs_recorded", recorded);
                System.out.println(ReportJsonWriter.write(out));
            } else {
                System.out.println(text(signals, dataset.report()));
                System.out.println("pairs recorded in the store: " + recorded + " new (plumbline lineage PAIR_ID)");
            }
            return dataset.report().passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
        }
    }

    static String text(Map<String, Long> signals, DatasetReport report) {
        StringBuilder out = new StringBuilder();
        out.append("signals: ").append(signals).append('\n');
        out.append("candidate pairs: ").append(report.candidates()).append(' ').append(report.candidatesByRule()).append('\n');
        if (!report.skipsByReason().isEmpty()) {
            out.append("evidence skipped: ").append(report.skipsByReason()).append('\n');
        }
        report.filters().forEach(f -> out.append("filter ").append(f.filter()).append(": removed ").append(f.removed())
                .append(" (").append(f.policy()).append(")\n"));
        out.append("pairs: ").append(report.lengthAfter().pairs()).append(" by rule ").append(report.pairsByRule())
                .append(", by origin ").append(report.pairsByOrigin()).append('\n');
        out.append("length before filters: ").append(report.lengthBefore()).append('\n');
        report.gates().forEach(g -> out.append(g.passed() ? "gate passed: " : "GATE FAILED: ").append(g.message()).append('\n'));
        return out.toString().stripTrailing();
    }

    /** The judge gate's line of the report, when the gate ran and had judges to judge. */
    static java.util.Optional<String> judgeLine(Dataset dataset) {
        return dataset.report().filters().stream().filter(f -> f.filter().equals("refuse-uncalibrated-judges"))
                .map(f -> "removed " + f.removed() + " pair(s): " + f.policy()).findFirst();
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export preference data in the shapes TRL loads (DPO, KTO, SFT), JSONL and Parquet, with card and manifest.")
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--format", defaultValue = "dpo", description = "dpo, kto or sft (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--conversational", description = "Message lists instead of plain strings.")
        boolean conversational;

        @Option(names = "--parquet", description = "Also write Parquet files.")
        boolean parquet;

        @Option(names = "--out", required = true, description = "Output folder (must not exist or be empty).")
        Path out;

        @Option(names = "--split-by", defaultValue = "user", description = "user, session or prompt (default: ${DEFAULT-VALUE}).")
        String splitBy;

        @Option(names = "--test-share", defaultValue = "0.1", description = "Share of groups in the test split (default: ${DEFAULT-VALUE}).")
        double testShare;

        @Option(names = "--seed", defaultValue = "42", description = "Split seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--name", defaultValue = "plumbline-preferences", description = "Dataset name on the card (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--allow-overlap", description = "Export even when train prompts overlap a registered eval set.")
        boolean allowOverlap;

        @Mixin
        JudgeGateOptions judgeGate;

        @Option(names = "--redaction-config", description = "A redaction.json to use instead of the project's policy "
                + "(see 'plumbline privacy policy').")
        Path redactionConfig;

        @Override
        public Integer call() {
            RedactionPolicy redaction = RedactionConfig.resolve(java.util.Optional.ofNullable(redactionConfig), storeOptions.data,
                    storeOptions.project());
            Dataset dataset;
            try (Store store = storeOptions.open()) {
                dataset = mine(store, storeOptions, judgeGate);
            }
            judgeLine(dataset).ifPresent(line -> System.out.println("judge gate: " + line));
            List<String> overlaps = overlapWithEvalSets(dataset);
            if (!overlaps.isEmpty() && !allowOverlap) {
                System.err.println("plumbline: export refused: train prompts overlap registered eval sets:");
                overlaps.forEach(o -> System.err.println("  " + o));
                System.err.println("Remove them, or pass --allow-overlap to export anyway.");
                return ExitCodes.GATE_FAILED;
            }
            ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.fromWire(format), conversational, parquet)
                    .withSplit(SplitBy.fromWire(splitBy), testShare, seed).withName(name)
                    .withAllowOverlap(allowOverlap);
            ExportResult result = Exporter.export(dataset, config, redaction, out);
            if (!result.written()) {
                System.err.println("plumbline: export refused: " + result.refusal().orElseThrow());
                return ExitCodes.GATE_FAILED;
            }
            System.out.println("redaction: " + redaction.describe());
            System.out.println("wrote " + out + ": " + result.rowsBySplit() + (overlaps.isEmpty() ? ""
                    : " (with " + overlaps.size() + " eval overlaps allowed by --allow-overlap)"));
            result.sha256ByFile().forEach((file, sha) -> System.out.println("  " + file + "  sha256:" + sha));
            try (Store store = storeOptions.open()) {
                String id = DerivedFacts.recordExport(store, storeOptions.project(), dataset, result, config, overlaps.size());
                System.out.println("dataset " + id + " recorded in the store (plumbline lineage " + id + ")");
            }
            return ExitCodes.OK;
        }

        private List<String> overlapWithEvalSets(Dataset dataset) {
            EvalSets sets = new EvalSets(storeOptions.data);
            List<String> found = new ArrayList<>();
            if (sets.names().isEmpty()) {
                return found;
            }
            List<TextItem> prompts = new ArrayList<>();
            for (Pair pair : dataset.pairs()) {
                String prompt = pair.prompt().stream().filter(m -> m.role().equals("user")).reduce((a, b) -> b)
                        .map(dev.plumbline.model.Message::content).orElse("");
                prompts.add(new TextItem(pair.id(), prompt));
            }
            ItemSet train = ItemSet.of("export", prompts);
            for (String name : sets.names()) {
                EvalSet set = sets.latest(name).orElseThrow();
                OverlapReport report = OverlapAudit.lexical().run(train, set);
                report.flaggedTrainIds().stream().sorted().forEach(id -> found.add(id + " overlaps " + set.reference()));
            }
            return found;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "Who the feedback speaks for: explicit vs implicit coverage by segment, raw vs propensity-weighted satisfaction.")
    static final class Coverage implements Callable<Integer> {
        /** The audit fed session by session from the store's session-ordered scan: memory does not grow with the project. */
        static CoverageReport streamed(Store store, ProjectId project, long seed) {
            CoverageAudit audit = new CoverageAudit(SignalConfig.DEFAULTS);
            Instant watermark = store.records().latest(project).orElse(Instant.EPOCH);
            try (SessionScan scan = SessionScan.open(store.records(), project)) {
                new SessionStream(scan, SessionConfig.DEFAULTS, watermark).forEachRemaining(audit::add);
            }
            return audit.report(seed);
        }

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--seed", defaultValue = "7", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            CoverageReport report;
            try (Store store = storeOptions.open()) {
                report = streamed(store, storeOptions.project(), seed);
            }
            if (json) {
                System.out.println(ReportJsonWriter.write(report));
            } else {
                System.out.printf("interactions: %,d; explicit feedback on %.1f%%, implicit signals on %.1f%%%n",
                        report.interactions(), report.explicitShare() * 100, report.implicitShare() * 100);
                report.rows().forEach(row -> System.out.println("  " + row));
                System.out.printf("raw thumbs-up rate: %.3f of %,d rated%n", report.rawThumbsUpRate(), report.rated());
                report.ipw().ifPresent(ipw -> System.out.println("propensity-weighted: " + ipw));
                System.out.println(report.verdict());
            }
            return ExitCodes.OK;
        }
    }

}
