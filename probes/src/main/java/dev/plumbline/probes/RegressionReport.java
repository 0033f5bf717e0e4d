package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression suite run on a baseline and a candidate model: per-check and per-type pooled
 * comparisons, and examples of responses behind each regression. {@link #failed()} (any
 * significant regression) decides exit code 1. Stored per model version via {@link #passRates()}.
 */
public record RegressionReport(String suite, ModelRef baseline, ModelRef candidate, int repetitions, double alpha,
        List<CheckComparison> checks, List<CheckComparison> byType, List<Example> examples) {
    public RegressionReport {
        requireNonNull(suite, "suite is null");
        requireNonNull(baseline, "baseline is null");
        requireNonNull(candidate, "candidate is null");
        checks = List.copyOf(requireNonNull(checks, "checks is null"));
        byType = List.copyOf(requireNonNull(byType, "byType is null"));
        examples = List.copyOf(requireNonNull(examples, "examples is null"));
    }

    /** A response where the baseline passed a regressed check and the candidate failed it. */
    public record Example(String prompt, String check, int repetition, String baselineResponse, String candidateResponse) {
        public Example {
            requireNonNull(prompt, "prompt is null");
            requireNonNull(check, "check is null");
            requireNonNull(baselineResponse, "baselineResponse is null");
            requireNonNull(candidateResponse, "candidateResponse is null");
        }
    }

    /** One model's pass rate on one check, the row to store per model version. */
    public record PassRate(ModelRef model, String suite, String prompt, String check, String type, Proportion pass) {
        public PassRate {
            requireNonNull(model, "model is null");
            requireNonNull(suite, "suite is null");
            requireNonNull(prompt, "prompt is null");
            requireNonNull(check, "check is null");
            requireNonNull(type, "type is null");
            requireNonNull(pass, "pass is null");
        }
    }

    /** Every comparison, per check and pooled per type, that found a significant regression. */
    public List<CheckComparison> regressions() {
        List<CheckComparison> found = new ArrayList<>();
        checks.stream().filter(c -> c.change() == CheckComparison.Change.REGRESSION).forEach(found::add);
        byType.stream().filter(c -> c.change() == CheckComparison.Change.REGRESSION).forEach(found::add);
        return found;
    }

    /**
     * Whether one check, at these repetitions, can reach significance at all: the smallest exact
     * McNemar p-value, all repetitions discordant one way, is 2 / 2^repetitions. When it cannot,
     * only the per-type pooled comparisons can flag a regression.
     */
    public boolean singleChecksCanReachAlpha() {
        return 2 * Math.pow(0.5, repetitions) < alpha;
    }

    /** Whether any check regressed significantly: the upgrade is blocked. */
    public boolean failed() {
        return !regressions().isEmpty();
    }

    /** Both models' per-check pass rates, baseline rows first. */
    public List<PassRate> passRates() {
        List<PassRate> rows = new ArrayList<>();
        checks.forEach(c -> rows.add(new PassRate(baseline, suite, c.prompt(), c.check(), c.type(), c.baselinePass())));
        checks.forEach(c -> rows.add(new PassRate(candidate, suite, c.prompt(), c.check(), c.type(), c.candidatePass())));
        return rows;
    }
}
