package dev.plumbline.probes;

import dev.plumbline.model.PlumblineException;
import java.util.Optional;

/** A count out of a total, with its rate and 95% Wilson interval; no rate when the total is zero. */
public record Proportion(int count, int total) {
    public Proportion {
        if (count < 0 || total < 0 || count > total) {
            throw PlumblineException.invalidInput("a proportion needs 0 <= count <= total, got " + count + " of " + total);
        }
    }

    public Optional<Double> rate() {
        return total == 0 ? Optional.empty() : Optional.of((double) count / total);
    }

    public double low() {
        return Exact.wilson(count, total)[0];
    }

    public double high() {
        return Exact.wilson(count, total)[1];
    }

    /** Whether the rate is known and above the bound. */
    public boolean exceeds(double bound) {
        return rate().map(r -> r > bound).orElse(false);
    }

    @Override
    public String toString() {
        return rate().map(r -> String.format(java.util.Locale.ROOT, "%d/%d = %.1f%% [%.1f%%, %.1f%%]", count, total,
                100 * r, 100 * low(), 100 * high())).orElse(count + "/" + total);
    }
}
