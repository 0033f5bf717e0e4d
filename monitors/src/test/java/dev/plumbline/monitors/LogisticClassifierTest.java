package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticClassifierTest {
    @Test
    void separatesTwoWellApartGaussiansAlmostPerfectly() {
        Separability s = LogisticClassifier.crossValidate("a", gaussian(100, 0, 1), "b", gaussian(100, 3, 2), 5, 1, 9);

        assertThat(s.accuracy().value()).isGreaterThan(0.95);
        assertThat(s.aboveChance()).isTrue();
        assertThat(s.nFirst()).isEqualTo(100);
    }

    @Test
    void staysNearChanceWhenBothSidesComeFromTheSameDistribution() {
        Separability s = LogisticClassifier.crossValidate("a", gaussian(150, 0, 3), "b", gaussian(150, 0, 4), 5, 1, 9);

        assertThat(s.accuracy().value()).isBetween(0.35, 0.62);
        assertThat(s.chance()).isEqualTo(0.5);
    }

    @Test
    void pairedDesignNeedsEqualSizes() {
        assertThatThrownBy(() -> LogisticClassifier.crossValidatePaired("a", gaussian(10, 0, 1), "b",
                gaussian(11, 0, 2), 5, 1, 9)).isInstanceOf(PlumblineException.class).hasMessageContaining("equal size");
    }

    @Test
    void pairedDesignSeesAShiftHiddenByLargePerPairVariation() {
        Random random = new Random(4);
        List<double[]> first = new ArrayList<>();
        List<double[]> second = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double prompt = random.nextGaussian() * 10;
            first.add(new double[] {prompt + 0.8 + random.nextGaussian() * 0.5});
            second.add(new double[] {prompt + random.nextGaussian() * 0.5});
        }

        double unpaired = LogisticClassifier.crossValidate("a", first, "b", second, 5, 1, 9).accuracy().value();
        double paired = LogisticClassifier.crossValidatePaired("a", first, "b", second, 5, 1, 9).accuracy().value();

        assertThat(unpaired).isLessThan(0.62);
        assertThat(paired).isGreaterThan(0.8);
    }

    private static List<double[]> gaussian(int n, double mean, long seed) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new double[] {mean + random.nextGaussian(), mean + random.nextGaussian(), random.nextGaussian()});
        }
        return rows;
    }
}
