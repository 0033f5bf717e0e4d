package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs candidate pairs through the quality filters (ties, minimum confidence, contradictions, exact
 * duplicates, near-identical), the optional length balancing and the gates, and reports every step.
 * Candidates are first sorted by id, so the result does not depend on the order they were mined in.
 * {@link #build} holds every candidate in memory; {@link #open} streams them through disk instead.
 */
public final class DatasetBuilder {
    private final BuildConfig config;

    public DatasetBuilder(BuildConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    public List<PairFilter> filters() {
        return List.of(new DropTies(), new DropBelowConfidence(config.minConfidence()),
                new ResolveContradictions(config.contradictionPolicy()), new DropExactDuplicates(),
                new DropNearIdentical(config.nearIdenticalDistance()));
    }

    public List<Gate> gates() {
        return List.of(new CapAiLabelledShare(config.maxAiShare()), new CapSourceShares(config.sourceQuotas()));
    }

    /**
     * Starts a streaming build whose candidates spill to a folder created under {@code spillParent}:
     * for more candidates than memory holds. Gives the same pairs and report as {@link #build}.
     */
    public DatasetBuild open(Path spillParent) {
        return new DatasetBuild(this, config, spillParent);
    }

    public Dataset build(List<Pair> candidates, List<Skip> skips, Lineage lineage) {
        return build(candidates, SkipTally.of(skips), lineage);
    }

    public Dataset build(List<Pair> candidates, SkipTally skips, Lineage lineage) {
        List<Pair> pairs = new ArrayList<>(candidates);
        pairs.sort(Comparator.comparing(Pair::id));
        List<FilterResult.FilterCount> counts = new ArrayList<>();
        pairs = filter(pairs, counts);
        LengthStats before = LengthStats.of(pairs);
        Optional<FilterResult.FilterCount> balancing = Optional.empty();
        if (config.balanceLength()) {
            FilterResult result = new LengthBalancer(config.seed()).apply(pairs);
            balancing = Optional.of(result.count());
            pairs = new ArrayList<>(result.kept());
        }
        PairTally tally = PairTally.of(pairs);
        List<GateResult> gateResults = new ArrayList<>();
        for (Gate gate : gates()) {
            gateResults.addAll(gate.check(tally));
        }
        DatasetReport report = new DatasetReport(candidates.size(), countBy(candidates, Pair::rule),
                skips.counts(), skips.examples(), counts, before, LengthStats.of(pairs), balancing, gateResults,
                tally.byRule(), tally.byAuthor(), tally.byOrigin(), lineage);
        return new Dataset(pairs, report);
    }

    private List<Pair> filter(List<Pair> pairs, List<FilterResult.FilterCount> counts) {
        List<Pair> kept = pairs;
        for (PairFilter filter : filters()) {
            FilterResult result = filter.apply(kept);
            counts.add(result.count());
            kept = new ArrayList<>(result.kept());
        }
        return kept;
    }

    static <T> Map<String, Integer> countBy(List<T> items, Function<T, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
        return counts;
    }
}
