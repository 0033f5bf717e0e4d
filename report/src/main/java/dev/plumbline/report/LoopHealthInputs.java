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
 * train/eval overlap audits, and metrics measured elsewhere per release (stored probe results) that
 * the Goodhart view charts beside the ones computed from records.
 */
public record LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
        List<OverlapReport> overlap, List<ReleaseMetric> releaseMetrics) {
    public static final LoopHealthInputs NONE = new LoopHealthInputs(Optional.empty(), List.of(), List.of());

    public LoopHealthInputs {
        requireNonNull(voice, "voice is null");
        contamination = List.copyOf(requireNonNull(contamination, "contamination is null"));
        overlap = List.copyOf(requireNonNull(overlap, "overlap is null"));
        releaseMetrics = List.copyOf(requireNonNull(releaseMetrics, "releaseMetrics is null"));
    }

    /** Inputs without metrics given per release. */
    public LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
            List<OverlapReport> overlap) {
        this(voice, contamination, overlap, List.of());
    }

    /** The same inputs with metrics measured per release elsewhere (such as stored probe results). */
    public LoopHealthInputs withReleaseMetrics(List<ReleaseMetric> metrics) {
        return new LoopHealthInputs(voice, contamination, overlap, metrics);
    }

    public LoopHealthInputs withVoice(VoiceSeriesReport series) {
        return new LoopHealthInputs(Optional.of(series), contamination, overlap, releaseMetrics);
    }

    public LoopHealthInputs withContamination(ContaminationReport report) {
        List<ContaminationReport> all = new ArrayList<>(contamination);
        all.add(report);
        return new LoopHealthInputs(voice, all, overlap, releaseMetrics);
    }

    public LoopHealthInputs withOverlap(OverlapReport report) {
        List<OverlapReport> all = new ArrayList<>(overlap);
        all.add(report);
        return new LoopHealthInputs(voice, contamination, all, releaseMetrics);
    }
}
