package dev.plumbline.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Skipped evidence counted by reason, keeping only the first {@link DatasetReport#MAX_SKIP_EXAMPLES}
 * examples so memory stays bounded on large inputs. Not thread-safe.
 */
public final class SkipTally {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Skip> examples = new ArrayList<>();

    public static SkipTally of(List<Skip> skips) {
        SkipTally tally = new SkipTally();
        skips.forEach(tally::add);
        return tally;
    }

    public void add(Skip skip) {
        counts.merge(skip.reason(), 1, Integer::sum);
        if (examples.size() < DatasetReport.MAX_SKIP_EXAMPLES) {
            examples.add(skip);
        }
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public List<Skip> examples() {
        return List.copyOf(examples);
    }
}
