package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.export.ExportConfig;
import dev.plumbline.export.ExportResult;
import dev.plumbline.export.Exporter;
import dev.plumbline.export.TrlFormat;
import dev.plumbline.judging.JudgeAudit;
import dev.plumbline.judging.JudgeAuditOptions;
import dev.plumbline.judging.HumanCeiling;
import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.judging.JudgeReport;
import dev.plumbline.judging.JudgeRunResult;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.monitors.Corpus;
import dev.plumbline.monitors.GoodhartMonitor;
import dev.plumbline.monitors.GoodhartOptions;
import dev.plumbline.monitors.GoodhartReport;
import dev.plumbline.monitors.VoiceMonitor;
import dev.plumbline.monitors.VoiceOptions;
import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.provenance.ContaminationAudit;
import dev.plumbline.report.LoopHealth;
import dev.plumbline.report.LoopHealthHtml;
import dev.plumbline.report.LoopHealthInputs;
import dev.plumbline.report.ReportSnapshot;
import dev.plumbline.server.ReportInputs;
import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.EvalItem;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.provenance.EvalItemFiles;
import dev.plumbline.provenance.InMemoryLineageSource;
import dev.plumbline.provenance.OverlapAudit;
import dev.plumbline.provenance.OverlapReport;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.signals.CoverageAudit;
import dev.plumbline.signals.CoverageReport;
import dev.plumbline.simulate.AnnotatorModel;
import dev.plumbline.simulate.AnnotatorSetup;
import dev.plumbline.simulate.GroundTruth;
import dev.plumbline.simulate.HiddenPair;
import dev.plumbline.simulate.JudgeSetup;
import dev.plumbline.simulate.SimulationConfig;
import dev.plumbline.simulate.SimulationWriter;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import dev.plumbline.wire.V1Encoder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * The whole loop on a simulated product with planted traps: simulate, ingest over HTTP into a real
 * server, mine, audit (coverage, judge, contamination, overlap), monitor (teacher voice, Goodhart),
 * export, and compare every measured effect with what was planted. Writes everything under one
 * output folder; {@code demo-summary.json} holds planted vs measured.
 */
final class Demo {
    private final Path out;
    private final long seed;
    private final PrintStream console;
    private final ObjectNode summary = Json.mapper().createObjectNode();
    private static final int STEPS = 11;
    private LoopHealthInputs inputs = LoopHealthInputs.NONE;
    private String adminPassword = "";
    private Optional<DemoModelJudge> modelJudge = Optional.empty();
    private int users = SimulationConfig.small().users();
    private String judgeId = "";

    Demo(Path out, long seed, PrintStream console) {
        this.out = out;
        this.seed = seed;
        this.console = console;
    }

    /** Judges the pairs with a real model instead of the simulated judge. */
    Demo judgedBy(DemoModelJudge judge) {
        this.modelJudge = Optional.of(judge);
        return this;
    }

    /** A smaller or larger simulated product than the default 1,500 users. */
    Demo withUsers(int count) {
        this.users = count;
        return this;
    }

    ObjectNode run() throws Exception {
        DemoCommand.deleteRecursively(out);
        Files.createDirectories(out);
        Path jsonl = out.resolve("simulation").resolve("traffic.jsonl");
        Files.createDirectories(jsonl.getParent());
        step(1, "simulating a product with planted traps (seed " + seed + ")");
        SimulationConfig config = config();
        Map<String, HiddenPair> hidden = new LinkedHashMap<>();
        GroundTruth truth = new SimulationWriter().write(config, jsonl, SimulationWriter.groundTruthPath(jsonl),
                pair -> hidden.put(DemoQueues.key(pair.first(), pair.second()), pair));
        console.println(indent(truth.summary()));
        judgeId = modelJudge.map(DemoModelJudge::id).orElse(truth.judge().id());
        List<Record> records;
        try (Store store = DuckDbStore.open(out.resolve("data"))) {
            try (PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(0), store)) {
                step(2, "sending it over HTTP to a Plumbline server on port " + server.port());
                ingest(jsonl, server.port());
                records = new ArrayList<>(RecordsLoader.all(store, ProjectId.DEFAULT));
                summary.put("records", records.size());
                if (modelJudge.isPresent()) {
                    records.addAll(judgeWithModel(modelJudge.get(), records, hidden, server.port()));
                }
                records.addAll(annotate(store, server.port(), records, hidden, truth, config));
            }
        }
        Dataset dataset = mine(records);
        coverage(records, truth);
        judge(records, truth);
        contamination(records, truth);
        voice(records, truth);
        goodhart(records, truth);
        export(dataset);
        step(STEPS, "writing the loop-health report");
        LoopHealth health;
        try (Store store = DuckDbStore.open(out.resolve("data"))) {
            health = LoopHealth.assemble(ProjectId.DEFAULT.value(), records, withStored(store, records), java.time.Instant.now());
            // the voice and contamination views need the demo's ground truth: kept so that the dashboard shows them too
            ReportSnapshot.of(health, "plumbline demo").ifPresent(s -> ReportInputs.record(store, ProjectId.DEFAULT, s));
        }
        LoopHealthHtml.write(health, out.resolve("report"), true);
        console.printf("      %s%n", out.resolve("report").resolve("loop-health.html"));
        Files.writeString(out.resolve("demo-summary.json"), summary.toPrettyString());
        return summary;
    }

    /** The demo's own inputs plus what {@code plumbline report} reads from the store: queue throughput, probe results, eval-set overlap. */
    private LoopHealthInputs withStored(Store store, List<Record> records) {
        LoopHealthInputs stored = StoredReportInputs.of(store, ProjectId.DEFAULT, records, out.resolve("data"));
        LoopHealthInputs all = inputs.withQueues(stored.queues()).withReleaseMetrics(stored.releaseMetrics());
        for (OverlapReport overlap : stored.overlap()) {
            all = all.withOverlap(overlap);
        }
        return all;
    }

    /**
     * The small simulation, with its annotators kept out of the traffic: their labels come from the
     * real queues instead (the same annotators, noise and anchoring, see {@link DemoAnnotation}).
     */
    SimulationConfig config() {
        SimulationConfig small = SimulationConfig.small().withSeed(seed).withUsers(users);
        AnnotatorSetup a = small.annotators();
        small = small.withAnnotators(new AnnotatorSetup(a.count(), a.noiseMin(), a.noiseMax(), 0, a.overlapShare(),
                a.assistedShare(), a.anchoring(), a.guidelineSwitchFraction()));
        if (modelJudge.isEmpty()) {
            return small;
        }
        // a real judge stands in for the simulated one: the simulated judge labels nothing
        JudgeSetup j = small.judge();
        return small.withJudge(new JudgeSetup(j.name(), j.version(), j.family(), 0, j.qualityWeight(), j.lengthBias(),
                j.selfPreference(), j.inconsistencyRate(), j.positionFirstShare(), j.tieRate(), j.unparsedRate()));
    }

    private List<Label> judgeWithModel(DemoModelJudge judge, List<Record> records, Map<String, HiddenPair> hidden, int port)
            throws IOException, InterruptedException {
        console.printf("      judging side-by-side pairs in both orders with %s%n", judge.describe());
        JudgeRunResult result = judge.judge(records, hidden, seed);
        Path labels = out.resolve("judge").resolve("labels.jsonl");
        Files.createDirectories(labels.getParent());
        V1Encoder encoder = new V1Encoder();
        Files.write(labels, result.labels().stream().map(encoder::toJson).toList(), StandardCharsets.UTF_8);
        console.printf("      %,d labels on %,d pairs (%,d unparsed, %,d failed calls); sending them over HTTP too%n",
                result.labels().size(), result.pairs().size(), result.unparsed(), result.failures().size());
        ingest(labels, port);
        summary.put("judge_calls_failed", result.failures().size());
        return result.labels();
    }

    private List<Label> annotate(Store store, int port, List<Record> records, Map<String, HiddenPair> hidden, GroundTruth truth,
            SimulationConfig config) {
        step(3, "simulated annotators label through the real queues, over HTTP (accounts, leases, blind and assisted)");
        long started = System.nanoTime();
        DemoAnnotation.Outcome outcome = new DemoAnnotation(store, port, seed).run(records, hidden, judgeId,
                AnnotatorModel.of(config), config.annotators().assistedShare());
        ObjectNode node = outcome.summary();
        node.put("seconds", (System.nanoTime() - started) / 1e9);
        console.printf("      queues %s (k=%d, gold rate %.2f) and %s (k=1); fed by policy %s; accounts and items %.0f s,"
                + " labelling %.0f s%n", DemoQueues.BLIND, DemoAnnotation.OVERLAP, DemoAnnotation.GOLD_RATE, DemoQueues.ASSISTED,
                node.get("fed_by_policy"), node.get("setup_seconds").asDouble(), node.get("labelling_seconds").asDouble());
        console.println(indent(DemoAnnotation.describe(node)));
        summary.set("annotation", node);
        adminPassword = outcome.adminPassword();
        return outcome.labels();
    }

    /** The password of the demo's admin account ({@value DemoAnnotation#ADMIN}), for the annotation UI. */
    String adminPassword() {
        return adminPassword;
    }

    private void step(int n, String what) {
        console.printf("[%d/%d] %s%n", n, STEPS, what);
    }

    private static String indent(String text) {
        return "      " + text.replace("\n", "\n      ");
    }

    private void ingest(Path jsonl, int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/ingest");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        long accepted = 0;
        int batches = 0;
        for (int from = 0; from < lines.size(); from += 2000) {
            String body = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 2000)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw PlumblineException.internal("the server refused a demo batch: " + response.body(), null);
            }
            accepted += Json.mapper().readTree(response.body()).get("accepted").asLong();
            batches++;
        }
        console.printf("      %,d records accepted in %d batches%n", accepted, batches);
        summary.put("accepted", accepted);
    }

    private Dataset mine(List<Record> records) {
        step(4, "mining sessions, implicit signals and preference pairs");
        Dataset dataset = Miner.mine(records, MiningConfig.DEFAULTS).dataset();
        console.printf("      %,d pairs %s; by origin %s%n", dataset.pairs().size(), dataset.report().pairsByRule(),
                dataset.report().pairsByOrigin());
        summary.put("pairs", dataset.pairs().size());
        return dataset;
    }

    private void coverage(List<Record> records, GroundTruth truth) {
        step(5, "auditing feedback coverage: raw thumbs vs propensity-weighted satisfaction");
        CoverageReport report = CoverageAudit.audit(records, seed);
        double ipw = report.ipw().map(e -> e.estimate()).orElse(Double.NaN);
        double actual = truth.satisfaction().trueSatisfaction();
        console.printf("      true satisfaction %.3f; raw thumbs-up rate %.3f (off by %.3f); propensity-weighted %.3f (off by %.3f)%n",
                actual, report.rawThumbsUpRate(), Math.abs(report.rawThumbsUpRate() - actual), ipw, Math.abs(ipw - actual));
        ObjectNode node = summary.putObject("satisfaction");
        node.put("true", actual).put("raw_thumbs_up_rate", report.rawThumbsUpRate()).put("ipw_estimate", ipw);
    }

    private void judge(List<Record> records, GroundTruth truth) {
        step(6, "auditing the AI judge against the human annotators");
        // labels given with the judge's verdict in view would flatter the judge: the audit leaves them out of its reference
        JudgeAuditReport report = JudgeAudit.audit(records, JudgeAuditOptions.DEFAULT.withJudge(judgeId));
        JudgeReport judge = report.judges().get(0);
        int inconsistent = judge.position().firstShownWins() + judge.position().secondShownWins();
        double firstShare = inconsistent == 0 ? Double.NaN : (double) judge.position().firstShownWins() / inconsistent;
        String planted = modelJudge.isPresent() ? "a real model: nothing planted"
                : String.format(Locale.ROOT, "planted %.2f", truth.judge().setup().positionFirstShare());
        console.printf("      %s: first-shown wins on %.2f of %d inconsistent pairs (%s); consistency %.2f; agreement with the"
                + " annotators' majority %.2f (without ties), kappa %.2f%n", judgeId, firstShare, inconsistent,
                planted, judge.position().consistency(),
                judge.agreement().withoutTies(), judge.agreement().kappa());
        HumanCeiling ceiling = judge.ceiling();
        console.printf("      human ceiling on %d pairs with 2+ blind labels (%d labels given with the judge's verdict in view left out):"
                + " humans agree %.2f, judge and human %.2f (gap %.2f); gate %s%n",
                ceiling.subjects(), report.assistedExcluded(), ceiling.humanHumanAgreement(), ceiling.judgeHumanAgreement(), ceiling.gap(),
                judge.gate().passed() ? "passed" : "FAILED: " + String.join("; ", judge.gate().reasons()));
        ObjectNode node = summary.putObject("judge");
        node.put("judge", judgeId).put("source", modelJudge.isPresent() ? "model" : "simulated");
        if (modelJudge.isEmpty()) {
            node.put("planted_first_shown_share", truth.judge().setup().positionFirstShare());
        }
        node.put("inconsistent_pairs", inconsistent).put("consistency", judge.position().consistency());
        node.put("measured_first_shown_share", firstShare);
        node.put("ceiling_subjects", ceiling.subjects()).put("human_human_agreement", ceiling.humanHumanAgreement())
                .put("judge_human_agreement", ceiling.judgeHumanAgreement()).put("ceiling_gap", ceiling.gap());
        node.put("gate_passed", judge.gate().passed());
        node.put("assisted_labels_excluded", report.assistedExcluded());
    }

    private void contamination(List<Record> records, GroundTruth truth) {
        step(7, "auditing the eval set for contamination and train/eval overlap");
        Set<String> ids = new HashSet<>(truth.contamination().itemIds());
        List<EvalItem> items = new ArrayList<>();
        List<Interaction> production = new ArrayList<>();
        for (Record record : records) {
            if (record instanceof Interaction interaction) {
                if (ids.contains(interaction.id())) {
                    items.add(EvalItem.of(interaction.id(), interaction.lastUserMessage()));
                } else {
                    production.add(interaction);
                }
            }
        }
        EvalSet set = EvalSet.of(truth.contamination().evalSet(), 1, items);
        ContaminationReport report = new ContaminationAudit(new InMemoryLineageSource(records, List.of()))
                .run(set, truth.contamination().evaluatedFamily());
        OverlapReport overlap = OverlapAudit.lexical().run(EvalItemFiles.prompts("production", production), set);
        inputs = inputs.withContamination(report).withOverlap(overlap);
        console.printf("      %s: %.1f%% of gold labels influenced by family %s (planted %.1f%%); %d items to quarantine%n",
                set.reference(), 100 * report.share(), report.family(), 100 * truth.contamination().contaminatedShare(),
                report.quarantine().size());
        console.printf("      %d production prompts overlap the eval set (planted leaks: %d)%n",
                overlap.flaggedTrainIds().size(), truth.contamination().leakedInteractions().size());
        ObjectNode node = summary.putObject("contamination");
        node.put("planted_share", truth.contamination().contaminatedShare()).put("measured_share", report.share());
        node.put("planted_leaks", truth.contamination().leakedInteractions().size());
        node.put("flagged_leaks", overlap.flaggedTrainIds().size());
        node.put("flagged_leaks_planted", overlap.flaggedTrainIds().stream()
                .filter(truth.contamination().leakedInteractions()::containsKey).count());
    }

    private void voice(List<Record> records, GroundTruth truth) {
        step(8, "monitoring each release's voice against the teacher and human text");
        Corpus teacher = Corpus.ofRelease(truth.voice().teacher(), records);
        List<String> human = new ArrayList<>();
        for (Record record : records) {
            if (record instanceof Feedback f && (f.type() == FeedbackType.EDIT || f.type() == FeedbackType.CORRECTION)) {
                f.text().ifPresent(human::add);
            }
        }
        Corpus humans = new Corpus("human edits and corrections", human);
        ObjectNode node = summary.putObject("voice");
        node.put("teacher", truth.voice().teacher());
        node.put("drifting_alarm", series(records, truth.voice().driftingReleases(), teacher, humans, "drifting line"));
        node.put("control_alarm", series(records, truth.voice().controlReleases(), teacher, humans, "control line"));
    }

    private boolean series(List<Record> records, List<String> releases, Corpus teacher, Corpus humans, String label) {
        List<Corpus> corpora = releases.stream().map(r -> Corpus.ofRelease(r, records)).toList();
        VoiceSeriesReport report = VoiceMonitor.series(corpora, teacher, humans, VoiceOptions.defaults().withBootstrapReplicates(100));
        if (label.startsWith("drifting")) {
            inputs = inputs.withVoice(report);
        }
        console.printf("      %s %s: teacher proximity %s -> %s%n", label, releases,
                report.points().stream().map(p -> String.format("%.3f", p.proximity().value())).toList(),
                report.firstAlarm().map(r -> "ALARM at " + r).orElse("no alarm"));
        return report.alarm();
    }

    private void goodhart(List<Record> records, GroundTruth truth) {
        step(9, "monitoring proxies against outcomes, release over release");
        GoodhartReport report = GoodhartMonitor.audit(records, GoodhartOptions.defaults());
        List<String> flagged = report.divergences().stream().map(d -> d.release()).distinct().toList();
        console.printf("      divergence alarm on %s (planted: %s)%n", flagged, truth.goodhart().divergingReleases());
        ObjectNode node = summary.putObject("goodhart");
        node.putPOJO("planted", truth.goodhart().divergingReleases());
        node.putPOJO("flagged", flagged);
        node.putPOJO("quiet", truth.goodhart().quietReleases());
    }

    private void export(Dataset dataset) {
        step(10, "exporting TRL datasets (DPO, KTO, SFT) with cards and manifests");
        ObjectNode node = summary.putObject("exports");
        for (TrlFormat format : EnumSet.allOf(TrlFormat.class)) {
            Path dir = out.resolve("exports").resolve(format.name().toLowerCase());
            ExportResult result = Exporter.export(dataset, ExportConfig.DEFAULTS.withFormat(format, true, true)
                    .withName("demo-" + format.name().toLowerCase()), dir);
            console.printf("      %s: %s%n", dir, result.written() ? result.rowsBySplit() : "refused: " + result.refusal().orElseThrow());
            node.put(format.name().toLowerCase(), result.written());
        }
    }
}
