package dev.plumbline.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds train items whose normalized text equals an eval item's ({@link TextNormalizer#normalize}).
 * Blank texts never match. Stateless and thread-safe.
 */
public final class ExactOverlap {
    public List<OverlapMatch> find(ItemSet train, ItemSet eval) {
        Map<String, List<String>> evalIdsByText = new HashMap<>();
        for (TextItem item : eval.items()) {
            String key = TextNormalizer.normalize(item.text());
            if (!key.isEmpty()) {
                evalIdsByText.computeIfAbsent(key, k -> new ArrayList<>()).add(item.id());
            }
        }
        List<OverlapMatch> matches = new ArrayList<>();
        for (TextItem item : train.items()) {
            for (String evalId : evalIdsByText.getOrDefault(TextNormalizer.normalize(item.text()), List.of())) {
                matches.add(OverlapMatch.of(item.id(), evalId, OverlapMethod.EXACT, 1.0));
            }
        }
        matches.sort(OverlapMatch.ORDER);
        return matches;
    }
}
