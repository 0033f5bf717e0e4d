package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Whether a judge's labels may feed the pairs pipeline, and if not, each reason. */
public record GateResult(boolean passed, List<String> reasons) {
    public GateResult {
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
    }
}
