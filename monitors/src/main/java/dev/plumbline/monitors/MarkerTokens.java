package dev.plumbline.monitors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The most frequent tokens (words and punctuation) of a set of texts, as in Burrows' Delta: their
 * per-token rates in a text are content-light style markers. The vocabulary is chosen by how many
 * texts use a token, without looking at which corpus a text came from, so choosing it on all texts
 * leaks no label into cross-validation. Immutable.
 */
record MarkerTokens(List<String> tokens) {
    MarkerTokens {
        tokens = List.copyOf(tokens);
    }

    static MarkerTokens mostCommon(List<ParsedText> texts, int limit) {
        Map<String, Integer> documents = new HashMap<>();
        for (ParsedText text : texts) {
            new HashSet<>(text.tokens()).forEach(token -> documents.merge(token, 1, Integer::sum));
        }
        List<String> top = documents.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        return new MarkerTokens(top);
    }

    double[] rates(ParsedText text) {
        Map<String, Integer> counts = new HashMap<>();
        text.tokens().forEach(token -> counts.merge(token, 1, Integer::sum));
        double total = Math.max(1, text.tokens().size());
        return tokens.stream().mapToDouble(token -> counts.getOrDefault(token, 0) / total).toArray();
    }
}
