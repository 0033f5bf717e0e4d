package dev.plumbline.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextDistanceTest {
    @Test
    void levenshteinCountsSingleCharacterEdits() {
        assertThat(TextDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(TextDistance.levenshtein("", "abc")).isEqualTo(3);
    }

    @Test
    void normalizedDistanceDividesByTheLongerText() {
        assertThat(TextDistance.normalizedDistance("kitten", "sitting")).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(TextDistance.normalizedDistance("", "")).isZero();
        assertThat(TextDistance.normalizedDistance("abc", "xyz")).isEqualTo(1.0);
    }

    @Test
    void veryLongTextsAreComparedWordByWord() {
        String long1 = "word ".repeat(6000) + "end";
        String long2 = "word ".repeat(6000) + "finish";
        assertThat(TextDistance.normalizedDistance(long1, long2)).isCloseTo(1.0 / 6001, within(1e-9));
    }

    @Test
    void similarityIgnoresCaseSpacingAndFunctionWords() {
        assertThat(TextDistance.similarity("How to reverse a Python list?", "how do I reverse a list in python"))
                .isEqualTo(1.0);
        assertThat(TextDistance.similarity("reverse a list", "bake a cake")).isLessThan(0.5);
    }
}
