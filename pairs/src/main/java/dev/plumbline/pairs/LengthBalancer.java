package dev.plumbline.pairs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Removes length bias by matching length ratios: pairs are bucketed by |log2(ratio)| in quarter
 * octaves, and in each bucket the side in the majority (chosen longer, or chosen shorter) is
 * subsampled, seeded, to the size of the minority. Afterwards, for every ratio r there are as many
 * pairs near r as near 1/r, so length alone predicts nothing. Pairs of equal length stay. Output
 * keeps input order.
 */
public final class LengthBalancer {
    private final long seed;

    public LengthBalancer(long seed) {
        this.seed = seed;
    }

    public FilterResult apply(List<Pair> pairs) {
        Set<Integer> dropped = dropped(pairs.stream().mapToDouble(LengthStats::ratio).toArray());
        List<Pair> kept = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(pairs.get(i));
            }
        }
        return new FilterResult("length-balance", policy(), kept, dropped.size());
    }

    public String policy() {
        return "match length ratios: in each quarter-octave bucket of"
                + " |log2(chosen/rejected)| keep as many chosen-longer as chosen-shorter pairs (seed " + seed + ")";
    }

    /** The positions to drop, given every pair's length ratio in order: what {@link #apply} removes. */
    Set<Integer> dropped(double[] ratios) {
        Map<Integer, List<Integer>> longer = new TreeMap<>();
        Map<Integer, List<Integer>> shorter = new TreeMap<>();
        for (int i = 0; i < ratios.length; i++) {
            double log = Math.log(ratios[i]) / Math.log(2);
            if (log != 0) {
                (log > 0 ? longer : shorter).computeIfAbsent((int) Math.floor(Math.abs(log) * 4), k -> new ArrayList<>())
                        .add(i);
            }
        }
        return excess(longer, shorter);
    }

    /** The indices to drop: in each bucket, a seeded random surplus of the larger side. */
    private Set<Integer> excess(Map<Integer, List<Integer>> longer, Map<Integer, List<Integer>> shorter) {
        Set<Integer> dropped = new HashSet<>();
        Random random = new Random(seed);
        Set<Integer> buckets = new TreeSet<>(longer.keySet());
        buckets.addAll(shorter.keySet());
        for (int bucket : buckets) {
            List<Integer> up = longer.getOrDefault(bucket, new ArrayList<>());
            List<Integer> down = shorter.getOrDefault(bucket, new ArrayList<>());
            List<Integer> majority = up.size() > down.size() ? up : down;
            Collections.shuffle(majority, random);
            dropped.addAll(majority.subList(0, Math.abs(up.size() - down.size())));
        }
        return dropped;
    }
}
