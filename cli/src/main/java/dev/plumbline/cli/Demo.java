package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.export.ExportConfig;
import dev.plumbline.export.ExportResult;
import dev.plumbline.export.Exporter;
import dev.plumbline.export.TrlFormat;
import dev.plumbline.judging.JudgeAudit;
import dev.plumbline.judging.JudgeAuditOptions;
import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.judging.JudgeReport;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
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
import dev.plumbline.simulate.GroundTruth;
import dev.plumbline.simulate.SimulationConfig;
import dev.plumbline.simulate.SimulationWriter;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
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
import java.util.List;
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
    private LoopHealthInputs inputs = LoopHealthInputs.NONE;

    Demo(Path out, long seed, PrintStream console) {
        this.out = out;
        this.seed = seed;
        this.console = console;
    }

    ObjectNode run() throws Exception {
        DemoCommand.deleteRecursively(out);
        Files.createDirectories(out);
        Path jsonl = out.resolve("simulation").resolve("traffic.jsonl");
        Files.createDirectories(jsonl.getParent());
        step(1, "simulating a product with planted traps (seed " + seed + ")");
        GroundTruth truth = new SimulationWriter().write(SimulationConfig.small().withSeed(seed), jsonl);
        console.println(indent(truth.summary()));
        List<Record> records;
        try (Store store = DuckDbStore.open(out.resolve("data"))) {
            try (PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(0), store)) {
                step(2, "sending it over HTTP to a Plumbline server on port " + server.port());
                ingest(jsonl, server.port());
            }
            records = RecordsLoader.all(store, ProjectId.DEFAULT);
        }
        summary.put("records", records.size());
        Dataset dataset = mine(records);
        coverage(records, truth);
        judge(records, truth);
        contamination(records, truth);
        voice(records, truth);
        goodhart(records, truth);
        export(dataset);
        step(10, "writing the loop-health report");
        LoopHealth health = LoopHealth.assemble(ProjectId.DEFAULT.value(), records, inputs, java.time.Instant.now());
        LoopHealthHtml.write(health, out.resolve("report"), true);
        console.printf("      %s%n", out.resolve("report").resolve("loop-health.html"));
        Files.writeString(out.resolve("demo-summary.json"), summary.toPrettyString());
        return summary;
    }

    private void step(int n, String what) {
        console.printf("[%d/10] %s%n", n, what);
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
        step(3, "mining sessions, implicit signals and preference pairs");
        Dataset dataset = Miner.mine(records, MiningConfig.DEFAULTS).dataset();
        console.printf("      %,d pairs %s; by origin %s%n", dataset.pairs().size(), dataset.report().pairsByRule(),
                dataset.report().pairsByOrigin());
        summary.put("pairs", dataset.pairs().size());
        return dataset;
    }

    private void coverage(List<Record> records, GroundTruth truth) {
        step(4, "auditing feedback coverage: raw thumbs vs propensity-weighted satisfaction");
        CoverageReport report = CoverageAudit.audit(records, seed);
        double ipw = report.ipw().map(e -> e.estimate()).orElse(Double.NaN);
        double actual = truth.satisfaction().trueSatisfaction();
        console.printf("      true satisfaction %.3f; raw thumbs-up rate %.3f (off by %.3f); propensity-weighted %.3f (off by %.3f)%n",
                actual, report.rawThumbsUpRate(), Math.abs(report.rawThumbsUpRate() - actual), ipw, Math.abs(ipw - actual));
        ObjectNode node = summary.putObject("satisfaction");
        node.put("true", actual).put("raw_thumbs_up_rate", report.rawThumbsUpRate()).put("ipw_estimate", ipw);
    }

    private void judge(List<Record> records, GroundTruth truth) {
        step(5, "auditing the AI judge against the human annotators");
        JudgeAuditReport report = JudgeAudit.audit(records, JudgeAuditOptions.DEFAULT.withJudge(truth.judge().id()));
        JudgeReport judge = report.judges().get(0);
        int inconsistent = judge.position().firstShownWins() + judge.position().secondShownWins();
        double firstShare = inconsistent == 0 ? Double.NaN : (double) judge.position().firstShownWins() / inconsistent;
        console.printf("      first-shown wins on %.2f of inconsistent pairs (planted %.2f); consistency %.2f; agreement with the"
                + " annotators' majority %.2f (without ties), kappa %.2f; gate %s%n", firstShare,
                truth.judge().setup().positionFirstShare(), judge.position().consistency(),
                judge.agreement().withoutTies(), judge.agreement().kappa(), judge.gate().passed() ? "passed" : "FAILED: " + String.join("; ", judge.gate().reasons()));
        ObjectNode node = summary.putObject("judge");
        node.put("planted_first_shown_share", truth.judge().setup().positionFirstShare());
        node.put("measured_first_shown_share", firstShare);
        node.put("gate_passed", judge.gate().passed());
    }

    private void contamination(List<Record> records, GroundTruth truth) {
        step(6, "auditing the eval set for contamination and train/eval overlap");
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
        step(7, "monitoring each release's voice against the teacher and human text");
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
        step(8, "monitoring proxies against outcomes, release over release");
        GoodhartReport report = GoodhartMonitor.audit(records, GoodhartOptions.defaults());
        List<String> flagged = report.divergences().stream().map(d -> d.release()).distinct().toList();
        console.printf("      divergence alarm on %s (planted: %s)%n", flagged, truth.goodhart().divergingReleases());
        ObjectNode node = summary.putObject("goodhart");
        node.putPOJO("planted", truth.goodhart().divergingReleases());
        node.putPOJO("flagged", flagged);
        node.putPOJO("quiet", truth.goodhart().quietReleases());
    }

    private void export(Dataset dataset) {
        step(9, "exporting TRL datasets (DPO, KTO, SFT) with cards and manifests");
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
