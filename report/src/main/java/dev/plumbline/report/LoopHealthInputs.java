package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import dev.plumbline.monitors.ReleaseMetric;
import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.OverlapReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports that the stored records alone cannot give and that a caller computed elsewhere: the
 * teacher-voice series (needs corpora), contamination audits (need eval sets and a family),
 * train/eval overlap audits, metrics measured elsewhere per release (stored probe results) that
 * the Goodhart view charts beside the ones computed from records, the annotation queues' throughput
 * and backlog (from the queue store), and the snapshot of the last run that had the voice and
 * contamination arguments, shown when this run lacks them.
 */
public record LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
        List<OverlapReport> overlap, List<ReleaseMetric> releaseMetrics, List<QueueThroughput> queues,
        Optional<ReportSnapshot> earlier) {
    public static final LoopHealthInputs NONE = new LoopHealthInputs(Optional.empty(), List.of(), List.of());

    public LoopHealthInputs {
        requireNonNull(voice, "voice is null");
        contamination = List.copyOf(requireNonNull(contamination, "contamination is null"));
        overlap = List.copyOf(requireNonNull(overlap, "overlap is null"));
        releaseMetrics = List.copyOf(requireNonNull(releaseMetrics, "releaseMetrics is null"));
        queues = List.copyOf(requireNonNull(queues, "queues is null"));
        requireNonNull(earlier, "earlier is null");
    }

    /** Inputs without queues or an earlier snapshot. */
    public LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
            List<OverlapReport> overlap, List<ReleaseMetric> releaseMetrics) {
        this(voice, contamination, overlap, releaseMetrics, List.of(), Optional.empty());
    }

    /** Inputs without metrics given per release. */
    public LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
            List<OverlapReport> overlap) {
        this(voice, contamination, overlap, List.of());
    }

    /** The same inputs with metrics measured per release elsewhere (such as stored probe results). */
    public LoopHealthInputs withReleaseMetrics(List<ReleaseMetric> metrics) {
        return new LoopHealthInputs(voice, contamination, overlap, metrics, queues, earlier);
    }

    public LoopHealthInputs withVoice(VoiceSeriesReport series) {
        return new LoopHealthInputs(Optional.of(series), contamination, overlap, releaseMetrics, queues, earlier);
    }

    public LoopHealthInputs withContamination(ContaminationReport report) {
        List<ContaminationReport> all = new ArrayList<>(contamination);
        all.add(report);
        return new LoopHealthInputs(voice, all, overlap, releaseMetrics, queues, earlier);
    }

    public LoopHealthInputs withOverlap(OverlapReport report) {
        List<OverlapReport> all = new ArrayList<>(overlap);
        all.add(report);
        return new LoopHealthInputs(voice, contamination, all, releaseMetrics, queues, earlier);
    }

    /** The same inputs with the annotation queues' throughput and backlog. */
    public LoopHealthInputs withQueues(List<QueueThroughput> newQueues) {
        return new LoopHealthInputs(voice, contamination, overlap, releaseMetrics, newQueues, earlier);
    }

    /** The same inputs with the snapshot of an earlier run, whose views stand in for the ones this run lacks the arguments of. */
    public LoopHealthInputs withEarlier(ReportSnapshot snapshot) {
        return new LoopHealthInputs(voice, contamination, overlap, releaseMetrics, queues, Optional.of(snapshot));
    }
}
