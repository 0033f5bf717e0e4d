package dev.plumbline.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible synthetic texts of about 500 characters for the overlap benchmark: eval text j is
 * a function of (seed, j); every tenth train text is a near-duplicate of an eval text with a share
 * of its words replaced (0 to 6%), the rest are independent. Thread-safe.
 */
final class SyntheticTexts {
    static final int TARGET_CHARS = 500;
    static final int NEAR_DUPLICATE_EVERY = 10;
    private static final double MAX_REPLACED = 0.06;
    private final String[] vocabulary;
    private final long seed;
    private final int evalTexts;

    SyntheticTexts(long seed, int evalTexts) {
        this.seed = seed;
        this.evalTexts = evalTexts;
        this.vocabulary = vocabulary(new SplittableRandom(seed), 30_000);
    }

    String eval(int index) {
        return join(words(random("eval", index)));
    }

    /** The eval text train text i duplicates, or -1 when it is independent. */
    int sourceOf(int trainIndex) {
        return trainIndex % NEAR_DUPLICATE_EVERY == 0 ? (trainIndex / NEAR_DUPLICATE_EVERY) % evalTexts : -1;
    }

    String train(int index) {
        SplittableRandom random = random("train", index);
        int source = sourceOf(index);
        if (source < 0) {
            return join(words(random));
        }
        List<String> words = words(random("eval", source));
        double replaced = random.nextDouble() * MAX_REPLACED;
        for (int i = 0; i < words.size(); i++) {
            if (random.nextDouble() < replaced) {
                words.set(i, word(random));
            }
        }
        return join(words);
    }

    private SplittableRandom random(String stream, int index) {
        return new SplittableRandom(TextNormalizer.mix(seed ^ TextNormalizer.mix(stream.hashCode() * 0x100000000L + index)));
    }

    private List<String> words(SplittableRandom random) {
        List<String> words = new ArrayList<>();
        int length = 0;
        while (length < TARGET_CHARS) {
            String word = word(random);
            words.add(word);
            length += word.length() + 1;
        }
        return words;
    }

    /** A skewed draw, so common words are common, as in real text. */
    private String word(SplittableRandom random) {
        double u = random.nextDouble();
        return vocabulary[(int) (u * u * vocabulary.length)];
    }

    private static String join(List<String> words) {
        StringBuilder text = new StringBuilder(TARGET_CHARS + 16);
        for (int i = 0; i < words.size(); i++) {
            text.append(i == 0 ? "" : i % 13 == 0 ? ". " : " ").append(words.get(i));
        }
        return text.append('.').toString();
    }

    private static String[] vocabulary(SplittableRandom random, int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            int length = 2 + random.nextInt(9);
            char[] letters = new char[length];
            for (int j = 0; j < length; j++) {
                letters[j] = (char) ('a' + random.nextInt(26));
            }
            words[i] = new String(letters);
        }
        return words;
    }
}
