package dev.plumbline.cli;

import dev.plumbline.model.Record;
import dev.plumbline.monitors.Corpus;
import dev.plumbline.monitors.GoodhartMonitor;
import dev.plumbline.monitors.GoodhartOptions;
import dev.plumbline.monitors.GoodhartReport;
import dev.plumbline.monitors.ReportJson;
import dev.plumbline.monitors.ReportText;
import dev.plumbline.monitors.VoiceMonitor;
import dev.plumbline.monitors.VoiceOptions;
import dev.plumbline.monitors.VoiceReport;
import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline audit voice} and {@code audit goodhart}: the monitors that only a series shows. */
final class MonitorCommands {
    private MonitorCommands() {
    }

    @Command(name = "voice", mixinStandardHelpOptions = true,
            description = "Teacher-voice monitor: fingerprint, distinctive phrases, distances and separability per release; alarm when a release drifts toward the teacher.")
    static final class Voice implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--release", required = true, description = "A release (name@version, stored) or a corpus file; repeat, in order, for a series.")
        List<String> releases;

        @Option(names = "--teacher", description = "The teacher: a release or a corpus file.")
        String teacher;

        @Option(names = "--human-reference", required = true, description = "Human reference corpus: a file (FILE#target for the self-instruct human answers) or a release.")
        String human;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Record>[] cache = new List[1];
            try (Store store = storeOptions.open()) {
                java.util.function.Supplier<List<Record>> stored = () -> {
                    if (cache[0] == null) {
                        cache[0] = RecordsLoader.all(store, storeOptions.project());
                    }
                    return cache[0];
                };
                Corpus humanCorpus = CorpusArgument.resolve(human, stored);
                List<Corpus> corpora = new ArrayList<>();
                releases.forEach(r -> corpora.add(CorpusArgument.resolve(r, stored)));
                if (teacher == null) {
                    VoiceReport report = VoiceMonitor.auditAgainstHuman(corpora.get(0), humanCorpus, VoiceOptions.defaults());
                    System.out.println(json ? ReportJson.voice(report) : ReportText.voice(report));
                    return ExitCodes.OK;
                }
                Corpus teacherCorpus = CorpusArgument.resolve(teacher, stored);
                if (corpora.size() == 1) {
                    VoiceReport report = VoiceMonitor.audit(corpora.get(0), teacherCorpus, humanCorpus, VoiceOptions.defaults());
                    System.out.println(json ? ReportJson.voice(report) : ReportText.voice(report));
                    return ExitCodes.OK;
                }
                VoiceSeriesReport series = VoiceMonitor.series(corpora, teacherCorpus, humanCorpus, VoiceOptions.defaults());
                System.out.println(json ? ReportJson.voiceSeries(series) : ReportText.voiceSeries(series));
                return series.alarm() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
            }
        }
    }

    @Command(name = "goodhart", mixinStandardHelpOptions = true,
            description = "Proxies (judge win rate, thumbs, acceptance) vs outcomes (retention, task success, escalation) per release; alarm on divergence.")
    static final class Goodhart implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--svg", description = "Also write the chart of proxies and outcomes to this SVG file.")
        Path svg;

        @Option(names = "--metrics", description = "JSONL of metrics posted directly: release, metric, kind (proxy|outcome), value, se, n, direction."
                + " They override the probe results stored by 'probe regression' and 'probe sycophancy', which are read by default.")
        Path metrics;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            GoodhartReport report;
            try (Store store = storeOptions.open()) {
                List<Record> records = RecordsLoader.all(store, storeOptions.project());
                dev.plumbline.monitors.ReleaseRegistry registry = dev.plumbline.monitors.ReleaseRegistry.inferFrom(records);
                List<dev.plumbline.monitors.ReleaseMetric> given = new ArrayList<>(storedProbeMetrics(store, storeOptions,
                        registry.keys()));
                if (metrics != null) {
                    given.addAll(GivenMetrics.read(metrics));
                }
                report = GoodhartMonitor.audit(records, registry, given, GoodhartOptions.defaults());
            }
            if (svg != null) {
                Files.writeString(svg, dev.plumbline.monitors.GoodhartChart.svg(report));
            }
            System.out.println(json ? ReportJson.goodhart(report) : ReportText.goodhart(report));
            return report.alarm() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
        }
    }

    /**
     * The stored probe results of the releases the records know (latest run per release and metric);
     * results of other model versions are left out, and counted on stderr, since the monitor charts releases.
     */
    static List<dev.plumbline.monitors.ReleaseMetric> storedProbeMetrics(Store store, StoreOptions options,
            List<String> releases) {
        List<dev.plumbline.monitors.ReleaseMetric> all = ProbeResults.metrics(
                store.derived().list(options.project(), dev.plumbline.store.DerivedKind.PROBE_RUN));
        List<dev.plumbline.monitors.ReleaseMetric> known = all.stream().filter(m -> releases.contains(m.release())).toList();
        if (known.size() < all.size()) {
            System.err.println("plumbline: " + (all.size() - known.size()) + " stored probe results name model versions"
                    + " that no stored interaction has; they are not charted");
        }
        return known;
    }
}
