package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

/** The headline metrics of one round (a label's {@code round}, or {@code -} when none is given), for drift series. */
public record RoundMetrics(String round, int labels, int subjects, double agreementWithTies, double consistency,
        double preferLongerRate) {
    public RoundMetrics {
        requireNonNull(round, "round is null");
    }
}
