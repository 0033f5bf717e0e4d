package dev.plumbline.report;

import dev.plumbline.stats.Estimate;
import java.util.Locale;

/** How the report states numbers in its sentences: undefined values say so instead of printing NaN. */
final class Figures {
    private Figures() {
    }

    static String rate(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "n/a";
    }

    static String estimate(Estimate estimate) {
        if (!Double.isFinite(estimate.value())) {
            return "n/a";
        }
        if (!Double.isFinite(estimate.interval().lower())) {
            return rate(estimate.value());
        }
        return interval(estimate.value(), estimate.interval().lower(), estimate.interval().upper());
    }

    static String estimate(dev.plumbline.monitors.Estimate estimate) {
        return interval(estimate.value(), estimate.low(), estimate.high());
    }

    private static String interval(double value, double low, double high) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return rate(value);
        }
        return rate(value) + " [" + rate(low) + ", " + rate(high) + "]";
    }
}
