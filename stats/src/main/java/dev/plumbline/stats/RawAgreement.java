package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.List;

/** The share of units on which two raters gave the same label (percent agreement, no chance correction). */
public final class RawAgreement {
    private RawAgreement() {
    }

    public static double of(List<String> first, List<String> second) {
        if (first.size() != second.size()) {
            throw PlumblineException.invalidInput("agreement needs two label lists of equal length, got "
                    + first.size() + " and " + second.size());
        }
        if (first.isEmpty()) {
            return Double.NaN;
        }
        int same = 0;
        for (int i = 0; i < first.size(); i++) {
            same += first.get(i).equals(second.get(i)) ? 1 : 0;
        }
        return (double) same / first.size();
    }
}
