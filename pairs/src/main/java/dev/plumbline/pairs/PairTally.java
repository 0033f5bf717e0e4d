package dev.plumbline.pairs;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a set of pairs by rule, by the chosen side's author and by label origin: all that the
 * gates and the report need, so a dataset can be checked while its pairs stream past. Not thread-safe.
 */
public final class PairTally {
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> byAuthor = new TreeMap<>();
    private final Map<String, Integer> byOrigin = new TreeMap<>();
    private int pairs;

    public static PairTally of(List<Pair> pairs) {
        PairTally tally = new PairTally();
        pairs.forEach(tally::add);
        return tally;
    }

    public void add(Pair pair) {
        pairs++;
        byRule.merge(pair.rule(), 1, Integer::sum);
        byAuthor.merge(pair.chosen().author(), 1, Integer::sum);
        byOrigin.merge(pair.origin().wireName(), 1, Integer::sum);
    }

    public int pairs() {
        return pairs;
    }

    public Map<String, Integer> byRule() {
        return Collections.unmodifiableMap(byRule);
    }

    public Map<String, Integer> byAuthor() {
        return Collections.unmodifiableMap(byAuthor);
    }

    public Map<String, Integer> byOrigin() {
        return Collections.unmodifiableMap(byOrigin);
    }
}
