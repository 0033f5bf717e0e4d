package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.OverlapReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports that the stored records alone cannot give and that a caller computed elsewhere: the
 * teacher-voice series (needs corpora), contamination audits (need eval sets and a family) and
 * train/eval overlap audits.
 */
public record LoopHealthInputs(Optional<VoiceSeriesReport> voice, List<ContaminationReport> contamination,
        List<OverlapReport> overlap) {
    public static final LoopHealthInputs NONE = new LoopHealthInputs(Optional.empty(), List.of(), List.of());

    public LoopHealthInputs {
        requireNonNull(voice, "voice is null");
        contamination = List.copyOf(requireNonNull(contamination, "contamination is null"));
        overlap = List.copyOf(requireNonNull(overlap, "overlap is null"));
    }

    public LoopHealthInputs withVoice(VoiceSeriesReport series) {
        return new LoopHealthInputs(Optional.of(series), contamination, overlap);
    }

    public LoopHealthInputs withContamination(ContaminationReport report) {
        List<ContaminationReport> all = new ArrayList<>(contamination);
        all.add(report);
        return new LoopHealthInputs(voice, all, overlap);
    }

    public LoopHealthInputs withOverlap(OverlapReport report) {
        List<OverlapReport> all = new ArrayList<>(overlap);
        all.add(report);
        return new LoopHealthInputs(voice, contamination, all);
    }
}
