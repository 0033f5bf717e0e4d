package dev.plumbline.pairs;

import java.util.List;

/**
 * Caps the share of pairs whose preference came from AI judges alone (origin {@link LabelOrigin#AI}),
 * so that a judge cannot silently become the dataset. Default cap 50%.
 */
public final class CapAiLabelledShare implements Gate {
    private final double maxShare;

    public CapAiLabelledShare(double maxShare) {
        this.maxShare = maxShare;
    }

    @Override
    public String name() {
        return "ai-labelled-share";
    }

    @Override
    public List<GateResult> check(PairTally tally) {
        long ai = tally.byOrigin().getOrDefault(LabelOrigin.AI.wireName(), 0);
        double share = tally.pairs() == 0 ? 0 : (double) ai / tally.pairs();
        boolean passed = share <= maxShare;
        String message = String.format(java.util.Locale.ROOT, "%d of %d pairs (%.1f%%) are labelled by AI judges alone;"
                + " the cap is %.1f%%%s", ai, tally.pairs(), 100 * share, 100 * maxShare,
                passed ? "" : ": add human or implicit evidence, or raise the cap knowingly");
        return List.of(new GateResult(name(), passed, share, maxShare, message));
    }
}
