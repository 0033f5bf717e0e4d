package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contamination audit of one eval set for one model family: the share of gold labels the family
 * influenced, per kind (direct and transitive) and overall, the offending labels, and whether the
 * overall share exceeds the threshold. Immutable.
 */
public record ContaminationReport(
        String evalSet,
        String contentHash,
        String family,
        int items,
        int goldLabels,
        int itemsWithoutGoldLabels,
        List<KindShare> kinds,
        List<OffendingLabel> offending,
        double threshold) {
    public ContaminationReport {
        requireNonNull(evalSet, "evalSet is null");
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(family, "family is null");
        kinds = List.copyOf(requireNonNull(kinds, "kinds is null"));
        offending = List.copyOf(requireNonNull(offending, "offending is null"));
    }

    /** The share of gold labels influenced by the family in any way. */
    public double share() {
        return goldLabels == 0 ? 0 : (double) offending.size() / goldLabels;
    }

    /** True when the share exceeds the threshold: the CLI exits 1. */
    public boolean failed() {
        return share() > threshold;
    }

    public KindShare kind(InfluenceKind kind) {
        return kinds.stream().filter(share -> share.kind() == kind).findFirst().orElseThrow();
    }

    /** The eval items to quarantine: those with at least one offending gold label, sorted. */
    public Set<String> quarantine() {
        Set<String> ids = new TreeSet<>();
        offending.forEach(label -> ids.add(label.itemId()));
        return ids;
    }
}
