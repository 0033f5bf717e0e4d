package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.PlumblineException;
import org.junit.jupiter.api.Test;

class EstimateTest {
    @Test
    void wilsonIntervalOfHalfOfAHundred() {
        Estimate e = Estimate.proportion(50, 100);

        assertThat(e.low()).isCloseTo(0.4038, within(1e-4));
        assertThat(e.high()).isCloseTo(0.5962, within(1e-4));
        assertThat(e.standardError()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOneForAllSuccesses() {
        Estimate e = Estimate.proportion(10, 10);

        assertThat(e.value()).isEqualTo(1);
        assertThat(e.high()).isLessThanOrEqualTo(1);
        assertThat(e.low()).isCloseTo(0.7225, within(1e-4));
    }

    @Test
    void meanIntervalUsesTheStandardErrorOfTheMean() {
        Estimate e = Estimate.mean(new double[] {1, 2, 3, 4});

        assertThat(e.value()).isEqualTo(2.5);
        assertThat(e.standardError()).isCloseTo(Math.sqrt(5.0 / 3 / 4), within(1e-12));
    }

    @Test
    void bootstrapIntervalIsCentredOnThePointEstimate() {
        Estimate e = Estimate.bootstrap(0.3, new double[] {0.4, 0.5, 0.6});

        assertThat(e.standardError()).isCloseTo(0.1, within(1e-12));
        assertThat((e.low() + e.high()) / 2).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aProportionNeedsTrials() {
        assertThatThrownBy(() -> Estimate.proportion(0, 0)).isInstanceOf(PlumblineException.class);
    }
}
