package dev.plumbline.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalization every overlap method shares: Unicode NFKC, lower case, white space
 * collapsed to single spaces and trimmed. Tokens are the runs of letters and digits of the
 * normalized text, so punctuation never splits or joins a match. Stateless and thread-safe.
 */
public final class TextNormalizer {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    /** NFKC, lower case (root locale), white space collapsed and trimmed. */
    public static String normalize(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITE_SPACE.matcher(composed).replaceAll(" ").strip();
    }

    /** The word tokens of the normalized text, in order. */
    public static List<String> tokens(String text) {
        Matcher matcher = WORD.matcher(normalize(text));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * The hashes of {@link #tokens}, computed in one pass without building strings (the hot path of
     * MinHash); equal to mapping {@link #tokenHash} over the tokens.
     */
    public static long[] tokenHashes(String text) {
        String lower = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        long[] hashes = new long[16];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            if (wordCharacter(codePoint)) {
                if (!inWord) {
                    hash = 0xcbf29ce484222325L;
                    inWord = true;
                }
                hash = fnv(hash, codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint);
            } else if (inWord) {
                hashes = append(hashes, count++, mix(hash));
                inWord = false;
            }
            i += Character.charCount(codePoint);
        }
        if (inWord) {
            hashes = append(hashes, count++, mix(hash));
        }
        return Arrays.copyOf(hashes, count);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordCharacter(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** FNV-1a over UTF-16 units, as {@link #tokenHash} hashes a token's chars. */
    private static long fnv(long hash, int codePoint) {
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return (hash ^ codePoint) * 0x100000001b3L;
        }
        long result = hash;
        for (char unit : Character.toChars(codePoint)) {
            result ^= unit;
            result *= 0x100000001b3L;
        }
        return result;
    }

    private static long[] append(long[] array, int at, long value) {
        long[] target = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        target[at] = value;
        return target;
    }

    /** A 64-bit FNV-1a hash of a token, the unit every n-gram and shingle hash is built from. */
    static long tokenHash(String token) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** The finalizer of SplitMix64: spreads every input bit over the whole word. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
