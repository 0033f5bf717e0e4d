package dev.plumbline.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text as hashed word tokens with its paragraph boundaries (blank lines), and the polynomial
 * hashes of its k-grams. Immutable.
 */
final class TokenSequence {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final long[] tokens;
    private final int[] paragraphLengths;

    private TokenSequence(long[] tokens, int[] paragraphLengths) {
        this.tokens = tokens;
        this.paragraphLengths = paragraphLengths;
    }

    static TokenSequence of(String text) {
        List<Long> hashes = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            List<String> words = TextNormalizer.tokens(paragraph);
            words.forEach(word -> hashes.add(TextNormalizer.tokenHash(word)));
            if (!words.isEmpty()) {
                lengths.add(words.size());
            }
        }
        return new TokenSequence(hashes.stream().mapToLong(Long::longValue).toArray(),
                lengths.stream().mapToInt(Integer::intValue).toArray());
    }

    int length() {
        return tokens.length;
    }

    int[] paragraphLengths() {
        return paragraphLengths.clone();
    }

    /** The hash of the k tokens starting at {@code start}; it includes k, so lengths never collide. */
    long gram(int start, int k) {
        long hash = k;
        for (int i = start; i < start + k; i++) {
            hash = hash * BASE + tokens[i];
        }
        return TextNormalizer.mix(hash);
    }

    /** The hashes of all k-grams (none when the text is shorter than k). */
    Set<Long> grams(int k) {
        Set<Long> grams = new HashSet<>();
        for (int start = 0; start + k <= tokens.length; start++) {
            grams.add(gram(start, k));
        }
        return grams;
    }

    /** The length of the longest run of tokens that occurs in both texts. */
    int longestSharedRun(TokenSequence other) {
        int[] previous = new int[other.tokens.length + 1];
        int[] current = new int[other.tokens.length + 1];
        int longest = 0;
        for (long token : tokens) {
            for (int j = 1; j <= other.tokens.length; j++) {
                current[j] = token == other.tokens[j - 1] ? previous[j - 1] + 1 : 0;
                longest = Math.max(longest, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return longest;
    }
}
