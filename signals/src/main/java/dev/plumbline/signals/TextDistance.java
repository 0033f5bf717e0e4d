package dev.plumbline.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Edit distances and similarities between texts, shared by the signal and pair rules. Pure and
 * thread-safe. Character-level Levenshtein is quadratic, so above {@link #CHARACTER_CELL_LIMIT}
 * cells the distance is computed on word tokens instead (a close, cheaper approximation).
 */
public final class TextDistance {
    /** Beyond this many DP cells (about two 5,000-character texts) words replace characters. */
    public static final long CHARACTER_CELL_LIMIT = 25_000_000L;

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "i", "me", "my", "you", "your",
            "we", "it", "is", "are", "be", "do", "does", "can", "could", "would", "should", "how", "what", "to",
            "in", "on", "of", "for", "with", "and", "or", "please", "this", "that");

    private TextDistance() {
    }

    /** Lower-cased, white space collapsed to single spaces, trimmed. */
    public static String normalize(String text) {
        return collapseWhitespace(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Stripped, runs of white space ({@code \\s}: space, tab, line breaks, form feed, vertical tab)
     * replaced by one space. A hand-written scan: the regex it replaces was the miner's top cost.
     */
    public static String collapseWhitespace(String text) {
        String stripped = text.strip();
        StringBuilder out = null;
        int length = stripped.length();
        for (int i = 0; i < length; i++) {
            char c = stripped.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isRegexSpace(stripped.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(length).append(stripped, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? stripped : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        // A shared prefix or suffix never changes the distance, and similar texts share long ones.
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        if (prefix > 0 || suffix > 0) {
            return levenshteinAtMost(a.substring(prefix, a.length() - suffix),
                    b.substring(prefix, b.length() - suffix), limit);
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
        // Characters matter only when they beat the words, so the band need not be wider than that
        // (plus one, so rounding can never hide a character similarity that ties or beats them).
        int limit = (int) Math.min(Math.floor((1 - minimum) * longer), Math.floor((1 - words) * longer) + 1);
        int distance = longer == 0 ? 0 : levenshteinAtMost(left, right, limit);
        double characters = distance <= limit && longer > 0 ? 1 - (double) distance / longer : longer == 0 ? 1 : 0;
        double similarity = Math.max(words, characters);
        return similarity >= minimum ? Optional.of(similarity) : Optional.empty();
    }

    private static int commonPrefix(String a, String b) {
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    /** The shared suffix that does not overlap the shared prefix. */
    private static int commonSuffix(String a, String b, int prefix) {
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return suffix;
    }

    private static int[][] tokenIds(List<String> left, List<String> right) {
        Map<String, Integer> ids = new HashMap<>();
        int[] a = left.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[] b = right.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        return new int[][] {a, b};
    }

    private static int levenshtein(int[] a, int[] b) {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        if (prefix > 0 || suffix > 0) {
            return levenshtein(Arrays.copyOfRange(a, prefix, a.length - suffix),
                    Arrays.copyOfRange(b, prefix, b.length - suffix));
        }
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
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            boolean word = isLetterOrNumber(codePoint);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(lower.substring(start));
        }
        return Collections.unmodifiableList(tokens);
    }

    /** {@code \\p{L}} or {@code \\p{N}}: every letter category and every number category. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
