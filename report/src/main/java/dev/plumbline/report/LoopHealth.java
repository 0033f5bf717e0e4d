package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import dev.plumbline.judging.AgreementAudit;
import dev.plumbline.judging.AgreementAuditOptions;
import dev.plumbline.judging.AgreementReport;
import dev.plumbline.judging.JudgeAudit;
import dev.plumbline.judging.JudgeAuditOptions;
import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.monitors.GoodhartMonitor;
import dev.plumbline.monitors.GoodhartOptions;
import dev.plumbline.monitors.GoodhartReport;
import dev.plumbline.monitors.ReleaseMetric;
import dev.plumbline.monitors.ReleaseRegistry;
import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.OverlapReport;
import dev.plumbline.signals.CoverageAudit;
import dev.plumbline.signals.CoverageReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The health of a project's feedback loop in one record: every audit that the stored records
 * support, plus the reports computed elsewhere (including the annotation queues' throughput and the
 * snapshot of an earlier run's argument-dependent views), and for each audit that could not run the
 * reason (keyed by section id). {@link #sections()} turns it into the charts and sentences of the report.
 */
public record LoopHealth(
        String project,
        Instant generatedAt,
        Optional<CoverageReport> coverage,
        Optional<MiningResult> mining,
        Optional<JudgeAuditReport> judges,
        Optional<AgreementReport> agreement,
        Optional<VoiceSeriesReport> voice,
        Optional<GoodhartReport> goodhart,
        List<ContaminationReport> contamination,
        List<OverlapReport> overlap,
        List<QueueThroughput> queues,
        Optional<ReportSnapshot> earlier,
        Map<String, String> absences) {
    /** Seed of the coverage bootstrap, fixed so the same records give the same report. */
    public static final long SEED = 7;

    public LoopHealth {
        requireNonNull(project, "project is null");
        requireNonNull(generatedAt, "generatedAt is null");
        requireNonNull(coverage, "coverage is null");
        requireNonNull(mining, "mining is null");
        requireNonNull(judges, "judges is null");
        requireNonNull(agreement, "agreement is null");
        requireNonNull(voice, "voice is null");
        requireNonNull(goodhart, "goodhart is null");
        contamination = List.copyOf(requireNonNull(contamination, "contamination is null"));
        overlap = List.copyOf(requireNonNull(overlap, "overlap is null"));
        queues = List.copyOf(requireNonNull(queues, "queues is null"));
        requireNonNull(earlier, "earlier is null");
        absences = Map.copyOf(requireNonNull(absences, "absences is null"));
    }

    /**
     * Runs every audit the records support (coverage, mining, judge calibration, annotation agreement,
     * proxies vs outcomes) and adds the reports of {@code inputs}. An audit without inputs is absent,
     * with its reason, rather than failing the whole report.
     */
    public static LoopHealth assemble(String project, List<? extends Record> records, LoopHealthInputs inputs, Instant now) {
        Map<String, String> absences = new TreeMap<>();
        List<Record> all = List.copyOf(records);
        boolean interactions = all.stream().anyMatch(Interaction.class::isInstance);
        List<Label> labels = all.stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
        Optional<CoverageReport> coverage = interactions
                ? attempt(Sections.COVERAGE, absences, () -> CoverageAudit.audit(all, SEED))
                : absent(Sections.COVERAGE, absences, "no interactions are stored in this project");
        Optional<MiningResult> mining = interactions
                ? attempt(Sections.PAIRS, absences, () -> Miner.mine(all, MiningConfig.DEFAULTS))
                : absent(Sections.PAIRS, absences, "no interactions are stored in this project");
        Optional<JudgeAuditReport> judges = labels.stream().anyMatch(l -> l.actor().role() == ActorRole.JUDGE)
                ? attempt(Sections.JUDGES, absences, () -> JudgeAudit.audit(all, JudgeAuditOptions.DEFAULT))
                : absent(Sections.JUDGES, absences, "no labels from a judge are stored in this project");
        Optional<AgreementReport> agreement = labels.stream().anyMatch(l -> l.actor().role() == ActorRole.ANNOTATOR)
                ? attempt(Sections.AGREEMENT, absences, () -> AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT))
                : absent(Sections.AGREEMENT, absences, "no labels from human annotators are stored in this project");
        Optional<GoodhartReport> goodhart = interactions
                ? attempt(Sections.GOODHART, absences, () -> goodhart(all, inputs.releaseMetrics()))
                : absent(Sections.GOODHART, absences, "no interactions are stored in this project");
        return new LoopHealth(project, now, coverage, mining, judges, agreement, inputs.voice(), goodhart,
                inputs.contamination(), inputs.overlap(), inputs.queues(), inputs.earlier(), absences);
    }

    /** Proxies and outcomes per release: computed from the records, plus the given metrics of the releases they know. */
    private static GoodhartReport goodhart(List<Record> records, List<ReleaseMetric> given) {
        ReleaseRegistry registry = ReleaseRegistry.inferFrom(records);
        List<ReleaseMetric> known = given.stream().filter(m -> registry.keys().contains(m.release())).toList();
        return GoodhartMonitor.audit(records, registry, known, GoodhartOptions.defaults());
    }

    /** The report's views, in reading order. */
    public List<Section> sections() {
        return Sections.of(this);
    }

    private static <T> Optional<T> attempt(String section, Map<String, String> absences, Supplier<T> audit) {
        try {
            return Optional.of(audit.get());
        } catch (PlumblineException | IllegalArgumentException | IllegalStateException e) {
            // One audit without usable inputs must not take the rest of the report down with it.
            absences.put(section, "the audit could not run: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> Optional<T> absent(String section, Map<String, String> absences, String reason) {
        absences.put(section, reason);
        return Optional.empty();
    }
}
