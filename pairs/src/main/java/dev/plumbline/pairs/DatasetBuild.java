package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One streaming run of the {@link DatasetBuilder}, for more candidates than memory holds. Candidates
 * are spilled to disk, partitioned by their normalized prompt: every filter that needs a global view
 * (contradictions, exact duplicates) only ever compares pairs with the same normalized prompt, so each
 * partition is filtered on its own, sorted by id. The survivors are merged back into id order, so the
 * pairs, the length balancing and the report are exactly those of {@link DatasetBuilder#build}.
 *
 * <p>Memory holds one partition (candidates / {@value #PARTITIONS}, or the largest group of pairs on one
 * prompt if that is bigger) and one double per surviving pair. Spill files are deleted on {@link #close()}.
 * Not thread-safe.
 */
public final class DatasetBuild implements AutoCloseable {
    static final int PARTITIONS = 256;

    private final DatasetBuilder builder;
    private final BuildConfig config;
    private final SpillFiles<Pair> candidates;
    private final SpillFiles<Pair> survivors;
    private final Map<String, Integer> candidatesByRule = new TreeMap<>();
    private int count;

    DatasetBuild(DatasetBuilder builder, BuildConfig config, Path spillParent) {
        this.builder = requireNonNull(builder, "builder is null");
        this.config = requireNonNull(config, "config is null");
        this.candidates = new SpillFiles<>(spillParent, "plumbline-candidates-", SpillCodec::writePair, SpillCodec::readPair);
        try {
            this.survivors = new SpillFiles<>(spillParent, "plumbline-survivors-", SpillCodec::writePair,
                    SpillCodec::readPair);
        } catch (RuntimeException e) {
            candidates.close();
            throw e;
        }
    }

    /** The spill partition of a normalized prompt key: the same for a candidate and its thumbs context. */
    static int partition(String promptKey) {
        return Math.floorMod(promptKey.hashCode() * 0x9E3779B9, PARTITIONS);
    }

    /** Adds one candidate pair; it goes to disk at once. */
    public void add(Pair candidate) {
        count++;
        candidatesByRule.merge(candidate.rule(), 1, Integer::sum);
        candidates.add(partition(candidate.promptKey()), candidate);
    }

    /**
     * Filters every partition, balances lengths if configured, checks the gates and hands every
     * surviving pair to {@code sink} in id order; returns the report.
     */
    public DatasetReport finish(SkipTally skips, Lineage lineage, Consumer<Pair> sink) {
        List<FilterResult.FilterCount> counts = filterPartitions();
        LengthStats.Sample before = new LengthStats.Sample();
        LengthStats.Sample after = new LengthStats.Sample();
        PairTally tally = new PairTally();
        Consumer<Pair> keep = pair -> {
            after.add(pair);
            tally.add(pair);
            sink.accept(pair);
        };
        Optional<FilterResult.FilterCount> balancing = Optional.empty();
        if (config.balanceLength()) {
            // Balancing needs every ratio before it can drop any pair: one pass to measure, one to emit.
            merge(before::add);
            LengthBalancer balancer = new LengthBalancer(config.seed());
            Set<Integer> dropped = balancer.dropped(before.ratios());
            balancing = Optional.of(new FilterResult.FilterCount("length-balance", balancer.policy(), dropped.size()));
            emit(dropped, keep);
        } else {
            merge(keep.andThen(before::add));
        }
        List<GateResult> gates = new ArrayList<>();
        builder.gates().forEach(gate -> gates.addAll(gate.check(tally)));
        return new DatasetReport(count, candidatesByRule, skips.counts(), skips.examples(), counts, before.stats(),
                after.stats(), balancing, gates, tally.byRule(), tally.byAuthor(), tally.byOrigin(), lineage);
    }

    private List<FilterResult.FilterCount> filterPartitions() {
        List<PairFilter> filters = builder.filters();
        int[] removed = new int[filters.size()];
        for (int partition = 0; partition < PARTITIONS; partition++) {
            List<Pair> kept = candidates.drain(partition);
            kept.sort(Comparator.comparing(Pair::id));
            for (int i = 0; i < filters.size(); i++) {
                FilterResult result = filters.get(i).apply(kept);
                removed[i] += result.removed();
                kept = result.kept();
            }
            int file = partition;
            kept.forEach(pair -> survivors.add(file, pair));
            survivors.seal(file);
        }
        List<FilterResult.FilterCount> counts = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            counts.add(new FilterResult.FilterCount(filters.get(i).name(), filters.get(i).policy(), removed[i]));
        }
        return counts;
    }

    private void emit(Set<Integer> dropped, Consumer<Pair> sink) {
        int[] index = {0};
        merge(pair -> {
            if (!dropped.contains(index[0]++)) {
                sink.accept(pair);
            }
        });
    }

    /** Every survivor in id order: a k-way merge of the partitions, each already sorted by id. */
    private void merge(Consumer<Pair> consumer) {
        List<SpillFiles.Cursor<Pair>> cursors = new ArrayList<>();
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing((Head h) -> h.pair.id())
                .thenComparingInt(h -> h.partition));
        try {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                SpillFiles.Cursor<Pair> cursor = survivors.cursor(partition);
                cursors.add(cursor);
                if (cursor.hasNext()) {
                    heads.add(new Head(cursor.next(), partition));
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                consumer.accept(head.pair);
                SpillFiles.Cursor<Pair> cursor = cursors.get(head.partition);
                if (cursor.hasNext()) {
                    heads.add(new Head(cursor.next(), head.partition));
                }
            }
        } finally {
            cursors.forEach(SpillFiles.Cursor::close);
        }
    }

    @Override
    public void close() {
        try {
            candidates.close();
        } finally {
            survivors.close();
        }
    }

    /** The next pair of one partition, waiting in the merge. */
    private static final class Head {
        final Pair pair;
        final int partition;

        Head(Pair pair, int partition) {
            this.pair = pair;
            this.partition = partition;
        }
    }
}
