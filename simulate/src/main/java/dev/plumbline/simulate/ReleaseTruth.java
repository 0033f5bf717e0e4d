package dev.plumbline.simulate;

import java.time.Instant;
import java.util.Optional;

/**
 * One release as planted and as realised: its line, family, start, planted teacher weight and
 * quality; then its interactions, true satisfaction, mean completion length, task success among its
 * sessions, 7-day retention among the user-weeks whose first session it served, and against its comparison partner (the previous release of its
 * line) the judge's win rate (parsed labels; a tie counts half) and the users' side-by-side choice rate.
 */
public record ReleaseTruth(
        String release,
        String line,
        String family,
        Instant startsAt,
        double teacherWeight,
        double plantedQuality,
        double plantedRetentionShift,
        long interactions,
        double satisfaction,
        double meanCompletionChars,
        long sessions,
        double retention7d,
        double taskSuccess,
        Optional<String> previous,
        Optional<Double> judgeWinRateVsPrevious,
        Optional<Double> userChoiceRateVsPrevious) {
}
