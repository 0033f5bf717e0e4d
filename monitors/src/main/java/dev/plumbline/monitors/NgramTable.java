package dev.plumbline.monitors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token n-gram counts of a set of texts over one shared vocabulary, kept per text so that a
 * bootstrap can re-add resampled texts without re-tokenizing. N-grams never cross texts.
 * Not thread-safe while building; read-only afterwards.
 */
final class NgramTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<Integer> orders = new ArrayList<>();
    private final List<int[]> textIds = new ArrayList<>();
    private final List<int[]> textCounts = new ArrayList<>();
    private final int maxOrder;

    NgramTable(int maxOrder) {
        this.maxOrder = maxOrder;
    }

    /** Adds a text's tokens and returns its index in this table. */
    int add(List<String> tokens) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int n = 1; n <= maxOrder; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(idOf(tokens.subList(i, i + n)), 1, Integer::sum);
            }
        }
        int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = counts.get(keys[i]);
        }
        textIds.add(keys);
        textCounts.add(values);
        return textIds.size() - 1;
    }

    int vocabularySize() {
        return phrases.size();
    }

    String phrase(int id) {
        return phrases.get(id);
    }

    int order(int id) {
        return orders.get(id);
    }

    /** Summed counts of the given texts; a text listed twice counts twice. */
    double[] counts(int[] texts) {
        return counts(texts, Integer.MAX_VALUE);
    }

    /** In how many of the given texts each n-gram occurs: one looping text cannot dominate. */
    double[] textCounts(int[] texts) {
        return counts(texts, 1);
    }

    private double[] counts(int[] texts, int capPerText) {
        double[] sum = new double[phrases.size()];
        for (int text : texts) {
            int[] keys = textIds.get(text);
            int[] values = textCounts.get(text);
            for (int i = 0; i < keys.length; i++) {
                sum[keys[i]] += Math.min(values[i], capPerText);
            }
        }
        return sum;
    }

    private int idOf(List<String> ngram) {
        String phrase = String.join(" ", ngram);
        Integer id = ids.get(phrase);
        if (id == null) {
            id = phrases.size();
            ids.put(phrase, id);
            phrases.add(phrase);
            orders.add(ngram.size());
        }
        return id;
    }
}
