package dev.plumbline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementCoefficientsTest {

    @Test
    void cohensKappaMatchesTheTextbookTwoByTwoTable() {
        // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: observed 0.7, chance 0.5, kappa 0.4
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        add(first, second, "yes", "yes", 20);
        add(first, second, "yes", "no", 5);
        add(first, second, "no", "yes", 10);
        add(first, second, "no", "no", 15);
        assertThat(CohenKappa.of(first, second)).isCloseTo(0.4, within(1e-12));
        assertThat(RawAgreement.of(first, second)).isEqualTo(0.7);
    }

    @Test
    void cohensKappaIsUndefinedWhenBothRatersUseOneCategory() {
        assertThat(CohenKappa.of(List.of("A", "A"), List.of("A", "A"))).isNaN();
    }

    @Test
    void cohensKappaRejectsListsOfDifferentLength() {
        assertThatThrownBy(() -> CohenKappa.of(List.of("A"), List.of("A", "B")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("equal length");
    }

    @Test
    void fleissKappaReproducesTheFourteenRaterExampleOfFleiss1971() {
        int[][] table = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<Ratings.Rating> ratings = new ArrayList<>();
        for (int unit = 0; unit < table.length; unit++) {
            int rater = 0;
            for (int category = 0; category < 5; category++) {
                for (int n = 0; n < table[unit][category]; n++) {
                    ratings.add(new Ratings.Rating("s" + unit, "r" + rater++, "c" + category));
                }
            }
        }
        assertThat(FleissKappa.of(Ratings.of(ratings))).isCloseTo(0.2099, within(5e-5));
    }

    @Test
    void krippendorffsAlphaReproducesThePublishedValuesOfHisReliabilityDataExample() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, gaps
        String[][] data = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
            {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null}};
        Ratings ratings = Ratings.of(cells(data));
        List<String> order = List.of("1", "2", "3", "4", "5");
        assertThat(KrippendorffAlpha.of(ratings, AlphaLevel.NOMINAL, order)).isCloseTo(0.743, within(5e-4));
        assertThat(KrippendorffAlpha.of(ratings, AlphaLevel.ORDINAL, order)).isCloseTo(0.815, within(5e-4));
        assertThat(KrippendorffAlpha.of(ratings, AlphaLevel.INTERVAL, order)).isCloseTo(0.849, within(5e-4));
    }

    @Test
    void krippendorffsAlphaIsOneForPerfectAgreementAndBandsAreApplied() {
        Ratings perfect = Ratings.of(List.of(new Ratings.Rating("u1", "a", "x"), new Ratings.Rating("u1", "b", "x"),
                new Ratings.Rating("u2", "a", "y"), new Ratings.Rating("u2", "b", "y")));
        double alpha = KrippendorffAlpha.nominal(perfect);
        assertThat(alpha).isEqualTo(1.0);
        assertThat(AgreementBand.of(alpha)).isEqualTo(AgreementBand.RELIABLE);
        assertThat(AgreementBand.of(0.7)).isEqualTo(AgreementBand.TENTATIVE);
        assertThat(AgreementBand.of(0.6669)).isEqualTo(AgreementBand.UNRELIABLE);
        assertThat(AgreementBand.of(Double.NaN)).isEqualTo(AgreementBand.UNDEFINED);
    }

    @Test
    void aRaterLabellingTheSameUnitTwiceIsRejected() {
        assertThatThrownBy(() -> Ratings.of(List.of(new Ratings.Rating("u", "a", "x"), new Ratings.Rating("u", "a", "y"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("twice");
    }

    static List<Ratings.Rating> cells(String[][] byRater) {
        List<Ratings.Rating> ratings = new ArrayList<>();
        for (int rater = 0; rater < byRater.length; rater++) {
            for (int unit = 0; unit < byRater[rater].length; unit++) {
                if (byRater[rater][unit] != null) {
                    ratings.add(new Ratings.Rating(String.format("u%02d", unit), "r" + rater, byRater[rater][unit]));
                }
            }
        }
        return ratings;
    }

    private static void add(List<String> first, List<String> second, String a, String b, int times) {
        first.addAll(Collections.nCopies(times, a));
        second.addAll(Collections.nCopies(times, b));
    }
}
