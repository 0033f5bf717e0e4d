package dev.plumbline.annotation;

import dev.plumbline.model.PlumblineException;
import java.util.List;

/**
 * Queues pairs their source is unsure of: confidence strictly below the threshold. A mined pair at
 * 0.55 with threshold 0.7 is queued; one at 0.9 is not.
 */
public record BelowConfidence(double threshold) implements FeedingPolicy {
    public BelowConfidence {
        if (!(threshold > 0 && threshold <= 1)) {
            throw PlumblineException.invalidInput("the confidence threshold must be within (0, 1], was " + threshold);
        }
    }

    @Override
    public String name() {
        return "below-confidence";
    }

    @Override
    public List<PairCandidate> select(List<PairCandidate> candidates) {
        return candidates.stream().filter(c -> c.confidence() < threshold).toList();
    }
}
