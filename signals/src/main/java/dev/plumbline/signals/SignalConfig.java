package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.Duration;
import java.util.Set;

/**
 * The thresholds of the signal rules. {@code keptShare}: an edited answer counts as kept when the
 * final text differs from it by less than this normalized distance (the code-assistant "kept"
 * test). {@code abandonAfter}: silence after an answer longer than this is abandonment. {@code
 * rephraseWithin} and {@code rephraseSimilarity}: a next question this soon and this alike is a
 * rephrasing. {@code negativeOutcomes}: outcome names where a positive value is bad news.
 */
public record SignalConfig(
        double keptShare,
        Duration abandonAfter,
        Duration rephraseWithin,
        double rephraseSimilarity,
        Set<String> negativeOutcomes) {
    public static final SignalConfig DEFAULTS = new SignalConfig(0.33, Duration.ofMinutes(10), Duration.ofMinutes(5),
            0.6, Set.of("escalation", "escalated", "complaint", "churned", "refund_requested"));

    public SignalConfig {
        requireShare(keptShare, "keptShare");
        requireShare(rephraseSimilarity, "rephraseSimilarity");
        requirePositive(requireNonNull(abandonAfter, "abandonAfter is null"), "abandonAfter");
        requirePositive(requireNonNull(rephraseWithin, "rephraseWithin is null"), "rephraseWithin");
        negativeOutcomes = Set.copyOf(requireNonNull(negativeOutcomes, "negativeOutcomes is null"));
    }

    private static void requireShare(double share, String name) {
        if (!(share > 0 && share <= 1)) {
            throw PlumblineException.invalidInput(name + " must be in (0, 1], was " + share);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw PlumblineException.invalidInput(name + " must be positive, was " + duration);
        }
    }

    public SignalConfig withKeptShare(double share) {
        return new SignalConfig(share, abandonAfter, rephraseWithin, rephraseSimilarity, negativeOutcomes);
    }
}
