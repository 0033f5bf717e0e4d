package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.monitors.Corpus;
import dev.plumbline.monitors.VoiceMonitor;
import dev.plumbline.monitors.VoiceOptions;
import dev.plumbline.provenance.ContaminationAudit;
import dev.plumbline.provenance.InMemoryLineageSource;
import dev.plumbline.report.LoopHealth;
import dev.plumbline.report.LoopHealthHtml;
import dev.plumbline.report.LoopHealthInputs;
import dev.plumbline.report.ReportSnapshot;
import dev.plumbline.server.ReportInputs;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline report --out DIR}: the loop-health report of a project as one self-contained
 * HTML file (and its JSON with {@code --json}). Besides the audits of the stored records it adds
 * train/eval overlap against every registered eval set, contamination when {@code --family} names
 * the evaluated family, and the teacher-voice series when releases, a teacher and a human reference
 * are given. Those argument-given views are kept in the store as a report snapshot: a later report
 * without the arguments, and the server's dashboard, show them with the time they were computed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Loop-health report: one offline HTML file with charts (coverage, satisfaction, signals, pairs, judges, voice, proxies vs outcomes, contamination, agreement).")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", required = true, description = "Directory to write loop-health.html (and loop-health.json) into.")
    Path out;

    @Option(names = "--json", description = "Also write loop-health.json.")
    boolean json;

    @Option(names = "--family", description = "The evaluated model family: adds the contamination audit of every registered eval set.")
    String family;

    @Option(names = "--release", description = "For the teacher-voice series: a release (name@version) or corpus file; repeat, in order.")
    List<String> releases = new ArrayList<>();

    @Option(names = "--teacher", description = "For the teacher-voice series: the teacher (a release or a corpus file).")
    String teacher;

    @Option(names = "--human-reference", description = "For the teacher-voice series: the human reference corpus.")
    String human;

    @Override
    public Integer call() {
        LoopHealth health;
        try (Store store = storeOptions.open()) {
            List<Record> records = RecordsLoader.all(store, storeOptions.project());
            LoopHealthInputs inputs = contamination(StoredReportInputs.of(store, storeOptions.project(), records, storeOptions.data),
                    records, store);
            health = LoopHealth.assemble(storeOptions.project().value(), records, voice(inputs, records), Instant.now());
            // the views computed from arguments are kept, so that the dashboard (which has none) shows them with their time
            ReportSnapshot.of(health, "plumbline report").ifPresent(s -> ReportInputs.record(store, storeOptions.project(), s));
        }
        Path file = LoopHealthHtml.write(health, out, json);
        System.out.println("wrote " + file + (json ? " and " + out.resolve(LoopHealthHtml.JSON_FILE) : ""));
        health.sections().stream().filter(s -> !s.available())
                .forEach(s -> System.out.println("  " + s.id() + ": not available: " + s.absent().orElseThrow()));
        health.sections().stream().filter(s -> s.computedAt().isPresent())
                .forEach(s -> System.out.println("  " + s.id() + ": shown as computed at " + s.computedAt().get()));
        return ExitCodes.OK;
    }

    private LoopHealthInputs contamination(LoopHealthInputs inputs, List<Record> records, Store store) {
        if (family == null) {
            return inputs;
        }
        EvalSets sets = new EvalSets(storeOptions.data);
        // the lineage facts are read once, not once per eval set
        ContaminationAudit audit = new ContaminationAudit(new InMemoryLineageSource(records,
                StoredLineageSource.facts(store, storeOptions.project())));
        LoopHealthInputs with = inputs;
        for (String name : sets.names()) {
            with = with.withContamination(audit.run(sets.latest(name).orElseThrow(), family, 0));
        }
        return with;
    }

    private LoopHealthInputs voice(LoopHealthInputs inputs, List<Record> records) {
        if (releases.isEmpty() && teacher == null && human == null) {
            return inputs;
        }
        if (releases.size() < 2 || teacher == null || human == null) {
            throw PlumblineException.invalidInput("the teacher-voice series needs at least two --release, a --teacher and a --human-reference");
        }
        List<Corpus> corpora = new ArrayList<>();
        releases.forEach(r -> corpora.add(CorpusArgument.resolve(r, () -> records)));
        return inputs.withVoice(VoiceMonitor.series(corpora, CorpusArgument.resolve(teacher, () -> records),
                CorpusArgument.resolve(human, () -> records), VoiceOptions.defaults()));
    }
}
