package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * One planned model release. {@code startFraction} places it in the simulated period (0 = first
 * day); its version is the date it starts. {@code teacherWeight} is the probability that each
 * stylistic choice of its answers is made in the teacher's voice (0 = own voice, 1 = the teacher);
 * {@code quality} shifts what users experience (satisfaction, choices, outcomes); {@code
 * lengthFactor} and {@code listBoost} change how long and list-heavy answers are; {@code
 * retentionShift} moves the 7-day retention probability.
 */
public record ReleaseSpec(
        String name,
        String family,
        ReleaseLine line,
        double startFraction,
        double teacherWeight,
        double quality,
        double lengthFactor,
        double listBoost,
        double retentionShift) {
    public ReleaseSpec {
        requireNonNull(name, "name is null");
        requireNonNull(family, "family is null");
        requireNonNull(line, "line is null");
        check(startFraction >= 0 && startFraction < 1, "startFraction must be in [0, 1), was " + startFraction);
        check(teacherWeight >= 0 && teacherWeight <= 1, "teacherWeight must be in [0, 1], was " + teacherWeight);
        check(lengthFactor > 0, "lengthFactor must be positive, was " + lengthFactor);
        check(listBoost >= 0 && listBoost <= 1, "listBoost must be in [0, 1], was " + listBoost);
        check(Math.abs(retentionShift) < 0.5, "retentionShift must be within ±0.5, was " + retentionShift);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw PlumblineException.invalidInput(message);
        }
    }
}
