package dev.plumbline.annotation;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A uniform random sample of every source, so the audit set is unbiased: from each source, the
 * {@code ceil(rate * n)} pairs with the smallest seeded hash. Which pairs are drawn depends only on
 * the seed and the pairs, never on their order or on confidence.
 */
public record AuditSample(double rate, long seed) implements FeedingPolicy {
    public AuditSample {
        if (!(rate > 0 && rate <= 1)) {
            throw PlumblineException.invalidInput("the audit rate must be within (0, 1], was " + rate);
        }
    }

    @Override
    public String name() {
        return "audit-sample";
    }

    @Override
    public List<PairCandidate> select(List<PairCandidate> candidates) {
        Map<String, List<PairCandidate>> bySource = new TreeMap<>();
        candidates.forEach(c -> bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c));
        List<PairCandidate> sample = new ArrayList<>();
        bySource.values().forEach(pairs -> {
            int take = (int) Math.ceil(rate * pairs.size());
            pairs.stream().sorted(Comparator.comparingDouble(this::draw).thenComparing(PairCandidate::itemId))
                    .limit(take).forEach(sample::add);
        });
        return sample;
    }

    private double draw(PairCandidate candidate) {
        return Hashing.unit(seed, candidate.first(), candidate.second());
    }
}
