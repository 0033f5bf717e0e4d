package dev.plumbline.signals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Edit distances and similarities between texts, shared by the signal and pair rules. Pure and
 * thread-safe. Character-level Levenshtein is quadratic, so above {@link #CHARACTER_CELL_LIMIT}
 * cells the distance is computed on word tokens instead (a close, cheaper approximation).
 */
public final class TextDistance {
    /** Beyond this many DP cells (about two 5,000-character texts) words replace characters. */
    public static final long CHARACTER_CELL_LIMIT = 25_000_000L;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "i", "me", "my", "you", "your",
            "we", "it", "is", "are", "be", "do", "does", "can", "could", "would", "should", "how", "what", "to",
            "in", "on", "of", "for", "with", "and", "or", "please", "this", "that");

    private TextDistance() {
    }

    /** Lower-cased, white space collapsed to single spaces, trimmed. */
    public static String normalize(String text) {
        return collapseWhitespace(text).toLowerCase(Locale.ROOT);
    }

    public static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * Levenshtein distance divided by the longer length: 0 for equal texts, 1 for texts with nothing in
     * common. Two empty texts are at distance 0.
     */
    public static double normalizedDistance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if ((long) a.length() * b.length() > CHARACTER_CELL_LIMIT) {
            List<String> left = tokens(a);
            List<String> right = tokens(b);
            int[][] ids = tokenIds(left, right);
            return (double) levenshtein(ids[0], ids[1]) / Math.max(1, Math.max(left.size(), right.size()));
        }
        return (double) levenshtein(a, b) / Math.max(a.length(), b.length());
    }

    /** The number of single-character insertions, deletions and substitutions that turn a into b. */
    public static int levenshtein(String a, String b) {
        return levenshtein(a.chars().toArray(), b.chars().toArray());
    }

    /**
     * The Levenshtein distance when it is at most {@code limit}, else {@code limit + 1}; only a band of
     * width 2 * limit + 1 is computed, so checking "nearly equal" is linear, not quadratic.
     */
    public static int levenshteinAtMost(String a, String b, int limit) {
        if (limit < 0) {
            return a.equals(b) ? 0 : 1;
        }
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int outside = limit + 1;
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j <= limit ? j : outside;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            current[0] = i <= limit ? i : outside;
            if (from > 1) {
                current[from - 1] = outside;
            }
            int rowMinimum = current[0];
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(outside, Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1));
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (to < b.length()) {
                current[to + 1] = outside;
            }
            if (rowMinimum > limit) {
                return outside;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], outside);
    }

    /** Whether the normalized distance of a and b is below {@code share}, computed in a narrow band. */
    public static boolean closerThan(String a, String b, double share) {
        int longer = Math.max(a.length(), b.length());
        int limit = (int) Math.ceil(share * longer) - 1;
        return a.equals(b) || (limit >= 0 && levenshteinAtMost(a, b, limit) <= limit);
    }

    /**
     * {@link #similarity} when it is at least {@code minimum}, else empty; the character part is
     * computed only within the band the minimum allows, which makes it cheap for unlike texts.
     */
    public static Optional<Double> similarityAtLeast(String a, String b, double minimum) {
        String left = normalize(a);
        String right = normalize(b);
        double words = jaccard(contentWords(left), contentWords(right));
        int longer = Math.max(left.length(), right.length());
        int limit = (int) Math.floor((1 - minimum) * longer);
        int distance = longer == 0 ? 0 : levenshteinAtMost(left, right, limit);
        double characters = distance <= limit && longer > 0 ? 1 - (double) distance / longer : longer == 0 ? 1 : 0;
        double similarity = Math.max(words, characters);
        return similarity >= minimum ? Optional.of(similarity) : Optional.empty();
    }

    private static int[][] tokenIds(List<String> left, List<String> right) {
        Map<String, Integer> ids = new HashMap<>();
        int[] a = left.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[] b = right.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        return new int[][] {a, b};
    }

    private static int levenshtein(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        Arrays.setAll(previous, j -> j);
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /**
     * How alike two questions are, in [0, 1]: the larger of the normalized character similarity
     * (after {@link #normalize}) and the overlap (Jaccard) of their content words, so reordered or
     * reworded function words ("how do I" / "how to") still count as the same question.
     */
    public static double similarity(String a, String b) {
        String left = normalize(a);
        String right = normalize(b);
        return Math.max(1 - normalizedDistance(left, right), jaccard(contentWords(left), contentWords(right)));
    }

    private static List<String> contentWords(String text) {
        List<String> words = tokens(text);
        List<String> content = words.stream().filter(word -> !FUNCTION_WORDS.contains(word)).toList();
        return content.isEmpty() ? words : content;
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return (double) common.size() / union.size();
    }

    /** Words: runs of letters or digits, lower-cased. */
    public static List<String> tokens(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(token -> !token.isEmpty())
                .toList();
    }
}
