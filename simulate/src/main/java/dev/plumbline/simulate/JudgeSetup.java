package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * The simulated AI judge and its planted biases. Its opinion of a pair is a logistic function of
 * the true quality difference ({@code qualityWeight}), the log2 length ratio ({@code lengthBias})
 * and whether a side comes from its own family ({@code selfPreference}). On a share {@code
 * inconsistencyRate} of pairs it ignores content and follows position: it then picks the
 * first-shown answer in both orders with probability {@code positionFirstShare}, else the
 * second-shown in both. {@code judgedShare} of side-by-side pairs are judged, each in both orders.
 */
public record JudgeSetup(
        String name,
        String version,
        String family,
        double judgedShare,
        double qualityWeight,
        double lengthBias,
        double selfPreference,
        double inconsistencyRate,
        double positionFirstShare,
        double tieRate,
        double unparsedRate) {
    public JudgeSetup {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(family, "family is null");
        probability("judgedShare", judgedShare);
        probability("inconsistencyRate", inconsistencyRate);
        probability("positionFirstShare", positionFirstShare);
        probability("tieRate", tieRate);
        probability("unparsedRate", unparsedRate);
    }

    public static JudgeSetup defaults() {
        return new JudgeSetup("sage-judge", "2026-09", "sage", 1.0, 1.5, 1.5, 0.8, 0.2, 0.75, 0.04, 0.01);
    }

    /** The judge's model id as it appears in labels. */
    public String id() {
        return name + "-" + version;
    }

    public JudgeSetup withPositionFirstShare(double share) {
        return new JudgeSetup(name, version, family, judgedShare, qualityWeight, lengthBias, selfPreference,
                inconsistencyRate, share, tieRate, unparsedRate);
    }

    public JudgeSetup withLengthBias(double bias) {
        return new JudgeSetup(name, version, family, judgedShare, qualityWeight, bias, selfPreference,
                inconsistencyRate, positionFirstShare, tieRate, unparsedRate);
    }

    public JudgeSetup withSelfPreference(double preference) {
        return new JudgeSetup(name, version, family, judgedShare, qualityWeight, lengthBias, preference,
                inconsistencyRate, positionFirstShare, tieRate, unparsedRate);
    }

    static void probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw PlumblineException.invalidInput(name + " must be in [0, 1], was " + value);
        }
    }
}
