package dev.plumbline.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-source quotas: the share of pairs any one source (pair rule) may make up, so one firehose
 * (say regenerations) cannot drown the rest. A source without a quota is unlimited.
 */
public final class CapSourceShares implements Gate {
    private final Map<String, Double> maxShareBySource;

    public CapSourceShares(Map<String, Double> maxShareBySource) {
        this.maxShareBySource = new TreeMap<>(maxShareBySource);
    }

    @Override
    public String name() {
        return "source-quotas";
    }

    @Override
    public List<GateResult> check(PairTally tally) {
        List<GateResult> results = new ArrayList<>();
        maxShareBySource.forEach((source, max) -> {
            long count = tally.byRule().getOrDefault(source, 0);
            double share = tally.pairs() == 0 ? 0 : (double) count / tally.pairs();
            boolean passed = share <= max;
            results.add(new GateResult(name() + ":" + source, passed, share, max, String.format(Locale.ROOT,
                    "%s makes %d of %d pairs (%.1f%%); its quota is %.1f%%", source, count, tally.pairs(),
                    100 * share, 100 * max)));
        });
        return results;
    }
}
