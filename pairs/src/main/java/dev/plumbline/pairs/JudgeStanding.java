package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * Where one AI judge (by actor id) stands against humans, as the judge audit measured it: whether
 * any human overlap existed to audit it, the thresholds it failed (empty when none), its agreement
 * with individual humans, the human–human ceiling on the same pairs and its consistency across
 * presentation orders ({@code NaN} where not measurable).
 */
public record JudgeStanding(String judge, boolean audited, List<String> failures, double agreement, double ceiling,
        double consistency) {
    public JudgeStanding {
        requireNonNull(judge, "judge is null");
        failures = List.copyOf(requireNonNull(failures, "failures is null"));
    }

    /** Audited against humans and within every threshold. */
    public boolean cleared() {
        return audited && failures.isEmpty();
    }

    /** The measurements in words, e.g. {@code agreement with humans 0.610 vs human ceiling 0.850, consistency 0.700}. */
    public String measured() {
        String ceilingText = audited ? String.format(Locale.ROOT, "agreement with humans %.3f vs human-human ceiling %.3f",
                agreement, ceiling) : "no human overlap to audit it";
        return Double.isNaN(consistency) ? ceilingText
                : ceilingText + String.format(Locale.ROOT, ", consistency across orders %.3f", consistency);
    }
}
