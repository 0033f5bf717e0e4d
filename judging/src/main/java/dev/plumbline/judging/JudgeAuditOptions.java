package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.stats.Bootstrap;
import java.util.List;
import java.util.Optional;

/**
 * How to run the judge audit: which judge (actor id; every judge when empty), against which
 * reference, how order-inconsistent verdicts count, and the gate: a judge fails when its agreement
 * with individual humans is more than {@code ceilingMargin} below the human–human agreement (or no
 * human overlap exists to tell), or its consistency across orders is below {@code minConsistency}.
 */
public record JudgeAuditOptions(Optional<String> judge, Reference reference, List<String> annotators,
        InconsistentVerdicts inconsistent, double ceilingMargin, double minConsistency, Bootstrap bootstrap) {
    public static final JudgeAuditOptions DEFAULT = new JudgeAuditOptions(Optional.empty(), Reference.HUMAN, List.of(),
            InconsistentVerdicts.AS_TIE, 0.10, 0.80, Bootstrap.DEFAULT);

    public JudgeAuditOptions {
        requireNonNull(judge, "judge is null");
        requireNonNull(reference, "reference is null");
        annotators = List.copyOf(requireNonNull(annotators, "annotators is null"));
        requireNonNull(inconsistent, "inconsistent is null");
        requireNonNull(bootstrap, "bootstrap is null");
        if (reference == Reference.ANNOTATORS && annotators.isEmpty()) {
            throw PlumblineException.invalidInput("--against ANNOTATOR needs at least one annotator id");
        }
        if (!(ceilingMargin >= 0 && ceilingMargin <= 1) || !(minConsistency >= 0 && minConsistency <= 1)) {
            throw PlumblineException.invalidInput("ceilingMargin and minConsistency must be in [0, 1]");
        }
    }

    public JudgeAuditOptions withJudge(String newJudge) {
        return new JudgeAuditOptions(Optional.of(newJudge), reference, annotators, inconsistent, ceilingMargin,
                minConsistency, bootstrap);
    }

    public JudgeAuditOptions withReference(Reference newReference, List<String> newAnnotators) {
        return new JudgeAuditOptions(judge, newReference, newAnnotators, inconsistent, ceilingMargin, minConsistency,
                bootstrap);
    }

    /** The same options with another gate: the allowed margin below the human ceiling and the minimum consistency. */
    public JudgeAuditOptions withGate(double newCeilingMargin, double newMinConsistency) {
        return new JudgeAuditOptions(judge, reference, annotators, inconsistent, newCeilingMargin, newMinConsistency,
                bootstrap);
    }
}
