package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PacingTest {
    private static List<Long> pauses(Pacing pacing, int count) {
        List<Long> pauses = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> pauses.add(pacing.next()));
        return pauses;
    }

    @Test
    void withoutAThinkTimeAnAnnotatorNeverPauses() {
        Pacing pacing = new Pacing(0, 7);
        assertThat(pacing.start()).isZero();
        assertThat(pauses(pacing, 100)).containsOnly(0L);
    }

    @Test
    void pausesStayBetweenHalfAndOneAndAHalfTimesTheMeanAndVary() {
        List<Long> pauses = pauses(new Pacing(1_000, 3), 1_000);
        assertThat(pauses).allSatisfy(p -> assertThat(p).isBetween(500L, 1_500L));
        assertThat(pauses.stream().distinct().count()).isGreaterThan(100);
        assertThat(pauses.stream().mapToLong(Long::longValue).average().orElseThrow()).isBetween(950.0, 1_050.0);
    }

    @Test
    void annotatorsStartAtDifferentMomentsWithinTheMean() {
        List<Long> starts = IntStream.range(0, 20).mapToObj(a -> new Pacing(1_000, a).start()).toList();
        assertThat(starts).allSatisfy(s -> assertThat(s).isBetween(0L, 999L));
        assertThat(starts.stream().distinct().count()).isGreaterThan(15);
    }

    @Test
    void theSameAnnotatorPausesAlikeInARerun() {
        assertThat(pauses(new Pacing(800, 11), 50)).isEqualTo(pauses(new Pacing(800, 11), 50));
    }

    @Test
    void aNegativeThinkTimeIsRefused() {
        assertThatThrownBy(() -> new Pacing(-1, 0)).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("0 or more milliseconds");
    }
}
