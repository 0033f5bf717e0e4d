package dev.plumbline.monitors;

import java.util.Locale;

/** Which way a metric gets better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 when higher is better, -1 when lower is: multiplies a change into "improvement" units. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }

    /** The usual direction of an outcome by its name: escalations, churn, complaints and failures are bad. */
    public static Direction ofOutcome(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"escalat", "churn", "complain", "fail", "error", "abandon", "refund",
            "cancel", "ticket"}) {
            if (lower.contains(bad)) {
                return LOWER_IS_BETTER;
            }
        }
        return HIGHER_IS_BETTER;
    }
}
