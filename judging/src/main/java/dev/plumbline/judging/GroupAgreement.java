package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.AgreementBand;
import dev.plumbline.stats.Estimate;

/** Nominal Krippendorff's alpha within one group of labels (a guideline version, a queue). */
public record GroupAgreement(String group, int labels, int subjects, Estimate alpha, AgreementBand band) {
    public GroupAgreement {
        requireNonNull(group, "group is null");
        requireNonNull(alpha, "alpha is null");
        requireNonNull(band, "band is null");
    }
}
