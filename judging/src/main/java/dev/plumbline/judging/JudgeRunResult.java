package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Label;
import java.util.List;

/**
 * What a judge run produced: one label per answered call (in item order, then listed order before
 * reversed), the resolved verdict per pair (empty for single grading), the calls that failed, and
 * the run's usage.
 */
public record JudgeRunResult(List<Label> labels, List<PairOutcome> pairs, List<JudgeFailure> failures, JudgeUsage usage) {
    public JudgeRunResult {
        labels = List.copyOf(requireNonNull(labels, "labels is null"));
        pairs = List.copyOf(requireNonNull(pairs, "pairs is null"));
        failures = List.copyOf(requireNonNull(failures, "failures is null"));
        requireNonNull(usage, "usage is null");
    }

    public long unparsed() {
        return labels.stream().filter(Label::unparsed).count();
    }

    public long inconsistentPairs() {
        return pairs.stream().filter(PairOutcome::inconsistent).count();
    }
}
