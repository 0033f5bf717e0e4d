package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.signals.Signal;
import java.util.List;

/**
 * The outcome of mining: the signals (empty when they were streamed to a sink instead) and the
 * dataset with its report, whose lineage carries the record, session and signal counts.
 */
public record MiningResult(List<Signal> signals, Dataset dataset) {
    public MiningResult {
        signals = List.copyOf(signals);
        requireNonNull(dataset, "dataset is null");
    }
}
