package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

/**
 * For one influence kind: how many gold labels the family influenced directly, how many only
 * transitively, and those counts as shares of all gold labels.
 */
public record KindShare(InfluenceKind kind, int direct, int transitiveOnly, int goldLabels) {
    public KindShare {
        requireNonNull(kind, "kind is null");
    }

    public int total() {
        return direct + transitiveOnly;
    }

    public double directShare() {
        return share(direct);
    }

    public double transitiveShare() {
        return share(transitiveOnly);
    }

    public double share() {
        return share(total());
    }

    private double share(int count) {
        return goldLabels == 0 ? 0 : (double) count / goldLabels;
    }
}
