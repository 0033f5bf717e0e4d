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

    @Test
    void theBandedDistanceAgreesWithTheFullOneWithinItsLimit() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2000; round++) {
            String a = randomText(random);
            String b = randomText(random);
            int full = TextDistance.levenshtein(a, b);
            for (int limit = 0; limit <= 6; limit++) {
                int banded = TextDistance.levenshteinAtMost(a, b, limit);
                assertThat(banded).as(a + " / " + b + " limit " + limit).isEqualTo(Math.min(full, limit + 1));
            }
        }
    }

    @Test
    void similarityAtLeastMatchesSimilarityAboveTheMinimum() {
        assertThat(TextDistance.similarityAtLeast("How to reverse a Python list?", "how do I reverse a list in python", 0.6))
                .contains(1.0);
        assertThat(TextDistance.similarityAtLeast("kitten sat", "sitting sat", 0.6))
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(TextDistance.similarity("kitten sat", "sitting sat"), within(1e-9)));
        assertThat(TextDistance.similarityAtLeast("reverse a list", "bake a cake", 0.6)).isEmpty();
    }

    private static String randomText(java.util.Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(3)));
        }
        return text.toString();
    }
}
