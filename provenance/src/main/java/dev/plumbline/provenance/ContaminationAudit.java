package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Audits an eval set's gold labels for one model family. An item's gold labels are the labels about
 * it and, when the item is a derived fact, the labels among its sources. Each gold label counts with
 * the influences of its own lineage plus those of its item's lineage that do not pass through a
 * gold label (so one judge's label does not taint a human label of the same item). A pure function
 * of what the {@link LineageSource} returns.
 */
public final class ContaminationAudit {
    public static final double DEFAULT_THRESHOLD = 0.0;
    private final LineageSource source;
    private final Lineage lineage;

    public ContaminationAudit(LineageSource source) {
        this.source = requireNonNull(source, "source is null");
        this.lineage = new Lineage(source);
    }

    public ContaminationReport run(EvalSet evalSet, String family) {
        return run(evalSet, family, DEFAULT_THRESHOLD);
    }

    public ContaminationReport run(EvalSet evalSet, String family, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw PlumblineException.invalidInput("threshold must be a share in [0, 1], was " + threshold);
        }
        Tally tally = new Tally();
        for (EvalItem item : evalSet.evalItems()) {
            audit(item, family, tally);
        }
        List<KindShare> kinds = new ArrayList<>();
        for (InfluenceKind kind : InfluenceKind.values()) {
            kinds.add(new KindShare(kind, tally.counts.get(kind)[0], tally.counts.get(kind)[1], tally.goldLabels));
        }
        return new ContaminationReport(evalSet.reference(), evalSet.contentHash(), family, evalSet.evalItems().size(),
                tally.goldLabels, tally.withoutGold, kinds, tally.offending, threshold);
    }

    private void audit(EvalItem item, String family, Tally tally) {
        Map<String, Label> gold = goldLabels(item.id());
        tally.withoutGold += gold.isEmpty() ? 1 : 0;
        tally.goldLabels += gold.size();
        List<Influence> fromItem = itemInfluences(item.id(), gold, family);
        for (Label label : gold.values()) {
            List<Influence> influences = new ArrayList<>(Influences.of(lineage.resolve(label.id()), family));
            if (!InMemoryLineageSource.subjectIds(label.subject()).contains(item.id())) {
                // Otherwise the item is the label's subject and its lineage is already in the label's.
                influences.addAll(fromItem);
            }
            tally.count(influences);
            if (!influences.isEmpty()) {
                tally.offending.add(new OffendingLabel(item.id(), label.id(), influences));
            }
        }
    }

    private Map<String, Label> goldLabels(String itemId) {
        Map<String, Label> gold = new TreeMap<>();
        source.labelsAbout(itemId).forEach(label -> gold.put(label.id(), label));
        source.derived(itemId).ifPresent(fact -> fact.sources()
                .forEach(id -> source.label(id).ifPresent(label -> gold.put(label.id(), label))));
        return gold;
    }

    private List<Influence> itemInfluences(String itemId, Map<String, Label> gold, String family) {
        if (source.derived(itemId).isEmpty()) {
            return List.of();
        }
        return Influences.of(lineage.resolve(itemId), family).stream()
                .filter(influence -> influence.path().stream().noneMatch(gold::containsKey))
                .toList();
    }

    /** Running counts; per kind, index 0 counts labels with a direct influence, index 1 those with a transitive one only. */
    private static final class Tally {
        private final Map<InfluenceKind, int[]> counts = new EnumMap<>(InfluenceKind.class);
        private final List<OffendingLabel> offending = new ArrayList<>();
        private int goldLabels;
        private int withoutGold;

        Tally() {
            for (InfluenceKind kind : InfluenceKind.values()) {
                counts.put(kind, new int[2]);
            }
        }

        void count(List<Influence> influences) {
            for (InfluenceKind kind : Influences.kinds(influences)) {
                boolean direct = influences.stream().anyMatch(influence -> influence.kind() == kind && influence.direct());
                counts.get(kind)[direct ? 0 : 1]++;
            }
        }
    }
}
