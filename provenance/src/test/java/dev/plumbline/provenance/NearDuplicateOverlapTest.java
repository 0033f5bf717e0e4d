package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.PlumblineException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateOverlapTest {
    private final SyntheticTexts texts = new SyntheticTexts(7L, 100);

    @Test
    void choosesThirteenBandsOfSevenRowsForJaccardPointEightAtRecallPointNineFive() {
        LshParameters parameters = LshParameters.choose(0.8, 0.95);

        assertThat(parameters.bands()).isEqualTo(13);
        assertThat(parameters.rows()).isEqualTo(7);
        assertThat(parameters.catchProbability(0.8)).isGreaterThanOrEqualTo(0.95);
        assertThat(parameters.sCurve()).containsOnlyKeys(0.5, 0.7, 0.8, 0.9);
        assertThat(parameters.sCurve().get(0.5)).isCloseTo(0.0969, within(1e-4));
        assertThat(parameters.sCurve().get(0.9)).isCloseTo(0.9998, within(1e-4));
    }

    @Test
    void refusesATargetNoBudgetReaches() {
        assertThatThrownBy(() -> LshParameters.choose(0.2, 1.0, 4)).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("permutations");
    }

    @Test
    void signatureAgreementEstimatesTheExactJaccardSimilarity() {
        MinHasher hasher = new MinHasher(512, 5, 1L);
        int[] left = hasher.shingles(texts.eval(3));
        int[] right = hasher.shingles(texts.train(30));
        int[] a = hasher.signature(left);
        int[] b = hasher.signature(right);
        int agree = 0;
        for (int i = 0; i < a.length; i++) {
            agree += a[i] == b[i] ? 1 : 0;
        }
        assertThat((double) agree / a.length).isCloseTo(MinHasher.jaccard(left, right), within(0.06));
    }

    @Test
    void findsNearDuplicatesAtOrAboveTheThresholdWithTheirExactSimilarity() {
        String eval = texts.eval(0);
        String nearCopy = eval.replaceFirst("\\.$", "") + " plus four extra words";
        ItemSet train = ItemSet.of("train", List.of(new TextItem("copy", nearCopy), new TextItem("other", texts.eval(1))));

        List<OverlapMatch> matches = new NearDuplicateOverlap().find(train, ItemSet.of("eval", List.of(new TextItem("e", eval))));

        MinHasher hasher = new NearDuplicateOverlap().hasher();
        double exact = MinHasher.jaccard(hasher.shingles(nearCopy), hasher.shingles(eval));
        assertThat(exact).isBetween(0.8, 1.0);
        assertThat(matches).containsExactly(OverlapMatch.of("copy", "e", OverlapMethod.MINHASH, exact));
    }
}
