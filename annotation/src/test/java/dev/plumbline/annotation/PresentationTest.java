package dev.plumbline.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.LabelSubject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PresentationTest {
    private static final LabelSubject.Pair PAIR = new LabelSubject.Pair("i-1", "i-2");

    @Test
    void sidesAreShownInBothOrdersAcrossAnnotatorsAndStablyForOne() {
        long swapped = IntStream.range(0, 200)
                .filter(i -> SideOrder.of(42, "item", "ann-" + i, PAIR).get(0).equals("i-2")).count();
        assertThat(swapped).isBetween(70L, 130L);
        assertThat(SideOrder.of(42, "item", "ann-1", PAIR)).isEqualTo(SideOrder.of(42, "item", "ann-1", PAIR));
    }

    @Test
    void aChoiceOfSideBecomesTheValueInCanonicalOrder() {
        assertThat(SideOrder.value("1", List.of("i-1", "i-2"), PAIR)).isEqualTo("A");
        assertThat(SideOrder.value("1", List.of("i-2", "i-1"), PAIR)).isEqualTo("B");
        assertThat(SideOrder.value("right", List.of("i-2", "i-1"), PAIR)).isEqualTo("A");
        assertThat(SideOrder.value("0", List.of("i-2", "i-1"), PAIR)).isEqualTo("tie");
        assertThatThrownBy(() -> SideOrder.value("3", List.of("i-1", "i-2"), PAIR)).hasMessageContaining("left (1)");
    }

    @Test
    void goldItemsAreDrawnAtTheQueuesRate() {
        long gold = IntStream.range(0, 10_000).filter(i -> GoldDraw.gold(5, "ann", i, 0.1)).count();
        assertThat(gold).isBetween(900L, 1100L);
        assertThat(IntStream.range(0, 1000).filter(i -> GoldDraw.gold(5, "ann", i, 0)).count()).isZero();
    }
}
