package dev.plumbline.stats;

/**
 * How far a reliability coefficient can be trusted, after Krippendorff's conventions: alpha at or
 * above 0.8 is reliable, at or above 0.667 allows tentative conclusions only, below that it does not.
 */
public enum AgreementBand {
    RELIABLE("reliable (>= 0.8)"),
    TENTATIVE("tentative (>= 0.667)"),
    UNRELIABLE("unreliable (< 0.667)"),
    UNDEFINED("undefined");

    private final String description;

    AgreementBand(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static AgreementBand of(double alpha) {
        if (Double.isNaN(alpha)) {
            return UNDEFINED;
        }
        if (alpha >= 0.8) {
            return RELIABLE;
        }
        return alpha >= 0.667 ? TENTATIVE : UNRELIABLE;
    }
}
