package dev.plumbline.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
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
