package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The audit of one judge (one actor id): its verdict counts, agreement with the reference, the human
 * ceiling, position and length bias, self-preference (when its family and the generators' are
 * known), the per-round series and the gate.
 */
public record JudgeReport(String judge, Optional<String> family, int labels, int unparsedLabels, int subjects,
        int inconsistentSubjects, ReferenceAgreement agreement, HumanCeiling ceiling, PositionBias position,
        LengthBias length, Optional<SelfPreference> selfPreference, List<RoundMetrics> rounds, GateResult gate) {
    public JudgeReport {
        requireNonNull(judge, "judge is null");
        requireNonNull(family, "family is null");
        requireNonNull(agreement, "agreement is null");
        requireNonNull(ceiling, "ceiling is null");
        requireNonNull(position, "position is null");
        requireNonNull(length, "length is null");
        requireNonNull(selfPreference, "selfPreference is null");
        rounds = List.copyOf(requireNonNull(rounds, "rounds is null"));
        requireNonNull(gate, "gate is null");
    }
}
