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

    private static final String ALPHABET = "aAbB \t\n\r\u000B\f\u00A0\u2028\u2003\u00E9\u0663\u2167\u00BD.?,-_'"
            + "\uD835\uDC00\uD800";

    @Test
    void handWrittenWhitespaceCollapsingEqualsTheRegexItReplaced() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = mixedText(random, 14);
            String regex = java.util.regex.Pattern.compile("\\s+").matcher(text.strip()).replaceAll(" ");
            assertThat(TextDistance.collapseWhitespace(text)).as(java.util.Arrays.toString(text.toCharArray()))
                    .isEqualTo(regex);
            assertThat(TextDistance.normalize(text)).isEqualTo(regex.toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(TextDistance.collapseWhitespace("  How   do\tI \n reverse ")).isEqualTo("How do I reverse");
    }

    @Test
    void handWrittenTokensEqualTheRegexSplitTheyReplaced() {
        java.util.Random random = new java.util.Random(12);
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        for (int round = 0; round < 20_000; round++) {
            String text = mixedText(random, 14);
            java.util.List<String> regex = java.util.Arrays.stream(nonWord.split(text.toLowerCase(java.util.Locale.ROOT)))
                    .filter(token -> !token.isEmpty()).toList();
            assertThat(TextDistance.tokens(text)).as(java.util.Arrays.toString(text.toCharArray())).isEqualTo(regex);
        }
        assertThat(TextDistance.tokens("How-to: reverse 2 Lists!")).containsExactly("how", "to", "reverse", "2", "lists");
    }

    @Test
    void trimmingSharedEndsLeavesEveryDistanceAsTheTextbookTableComputesIt() {
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 5000; round++) {
            String shared = randomText(random);
            String a = shared + randomText(random) + shared;
            String b = shared + randomText(random) + shared;
            int textbook = textbookLevenshtein(a, b);
            assertThat(TextDistance.levenshtein(a, b)).as(a + " / " + b).isEqualTo(textbook);
            for (int limit = 0; limit <= 6; limit++) {
                assertThat(TextDistance.levenshteinAtMost(a, b, limit)).isEqualTo(Math.min(textbook, limit + 1));
            }
        }
        assertThat(TextDistance.levenshtein("abcXdef", "abcYYdef")).isEqualTo(2);
    }

    @Test
    void theNarrowerSimilarityBandReturnsExactlyWhatSimilarityComputes() {
        java.util.Random random = new java.util.Random(14);
        String[] words = {"how", "do", "i", "reverse", "a", "list", "python", "to", "sort", "the", "array", "in"};
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String a = sentence(random, words);
            String b = random.nextBoolean() ? a.replaceFirst("o", "0") : sentence(random, words);
            for (double minimum : new double[] {0.3, 0.6, 0.8}) {
                java.util.Optional<Double> before = similarityAtLeastBeforeTheNarrowerBand(a, b, minimum);
                found += before.isPresent() ? 1 : 0;
                assertThat(TextDistance.similarityAtLeast(a, b, minimum)).as(a + " / " + b + " at " + minimum)
                        .isEqualTo(before);
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    /** The previous implementation, band (1 - minimum) * longer and the full distance, kept as the reference. */
    private static java.util.Optional<Double> similarityAtLeastBeforeTheNarrowerBand(String a, String b, double minimum) {
        String left = TextDistance.normalize(a);
        String right = TextDistance.normalize(b);
        double words = referenceJaccard(referenceContentWords(left), referenceContentWords(right));
        int longer = Math.max(left.length(), right.length());
        int limit = (int) Math.floor((1 - minimum) * longer);
        int distance = longer == 0 ? 0 : Math.min(textbookLevenshtein(left, right), limit + 1);
        double characters = distance <= limit && longer > 0 ? 1 - (double) distance / longer : longer == 0 ? 1 : 0;
        double similarity = Math.max(words, characters);
        return similarity >= minimum ? java.util.Optional.of(similarity) : java.util.Optional.empty();
    }

    private static java.util.List<String> referenceContentWords(String text) {
        java.util.Set<String> function = java.util.Set.of("a", "an", "the", "i", "me", "my", "you", "your",
                "we", "it", "is", "are", "be", "do", "does", "can", "could", "would", "should", "how", "what", "to",
                "in", "on", "of", "for", "with", "and", "or", "please", "this", "that");
        java.util.List<String> words = TextDistance.tokens(text);
        java.util.List<String> content = words.stream().filter(word -> !function.contains(word)).toList();
        return content.isEmpty() ? words : content;
    }

    private static double referenceJaccard(java.util.List<String> a, java.util.List<String> b) {
        java.util.Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1;
        }
        java.util.Set<String> common = new java.util.HashSet<>(a);
        common.retainAll(new java.util.HashSet<>(b));
        return (double) common.size() / union.size();
    }

    private static String sentence(java.util.Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static int textbookLevenshtein(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                table[i][j] = i == 0 ? j : j == 0 ? i : Math.min(table[i - 1][j - 1]
                        + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(table[i - 1][j], table[i][j - 1]) + 1);
            }
        }
        return table[a.length()][b.length()];
    }

    private static String mixedText(java.util.Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
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
