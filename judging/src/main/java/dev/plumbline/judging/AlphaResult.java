package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.AgreementBand;
import dev.plumbline.stats.AlphaLevel;
import dev.plumbline.stats.Estimate;

/** Krippendorff's alpha at one measurement level, with its interval and interpretation band. */
public record AlphaResult(AlphaLevel level, Estimate estimate, AgreementBand band) {
    public AlphaResult {
        requireNonNull(level, "level is null");
        requireNonNull(estimate, "estimate is null");
        requireNonNull(band, "band is null");
    }
}
