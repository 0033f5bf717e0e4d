package dev.plumbline.provenance;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ModelRef;
import java.util.List;
import java.util.Locale;

/** Plain-text renderings of lineage trees and audit reports for the terminal. Stateless. */
public final class ProvenanceText {
    private ProvenanceText() {
    }

    /** The tree, one node a line, with box-drawing branches, then the influences found. */
    public static String lineage(LineageNode root) {
        StringBuilder out = new StringBuilder();
        out.append(line(root)).append('\n');
        appendChildren(root.children(), "", out);
        List<Influence> influences = Influences.of(root);
        out.append(influences.isEmpty() ? "no model influence\n" : "influences:\n");
        for (Influence influence : influences) {
            out.append("  ").append(influence.family()).append(' ').append(influence.kind().wireName())
                    .append(influence.direct() ? " (direct) " : " (transitive) ").append(influence.trail()).append('\n');
        }
        return out.toString();
    }

    public static String contamination(ContaminationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "contamination of %s by family %s: %d of %d gold labels (%.1f%%), threshold %.1f%%: %s%n",
                report.evalSet(), report.family(), report.offending().size(), report.goldLabels(), 100 * report.share(),
                100 * report.threshold(), report.failed() ? "FAILED" : "passed"));
        for (KindShare kind : report.kinds()) {
            out.append(String.format(Locale.ROOT, "  %-19s direct %d (%.1f%%), transitive only %d (%.1f%%)%n",
                    kind.kind().wireName(), kind.direct(), 100 * kind.directShare(), kind.transitiveOnly(),
                    100 * kind.transitiveShare()));
        }
        for (OffendingLabel label : report.offending()) {
            out.append("  item ").append(label.itemId()).append(" label ").append(label.labelId()).append(": ");
            out.append(String.join("; ", label.influences().stream().map(influence -> influence.kind().wireName()
                    + (influence.direct() ? "" : " (transitive)") + " via " + influence.trail()).toList())).append('\n');
        }
        if (!report.quarantine().isEmpty()) {
            out.append("quarantine: ").append(String.join(", ", report.quarantine())).append('\n');
        }
        return out.toString();
    }

    public static String overlap(OverlapReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "overlap of %s (%d items) with %s (%d items): %d train items flagged, %d eval items hit%n",
                report.train(), report.trainItems(), report.eval(), report.evalItems(), report.flaggedTrainIds().size(),
                report.flaggedEvalIds().size()));
        out.append(String.format(Locale.ROOT, "  minhash: Jaccard %.2f, %d bands x %d rows; catch probability",
                report.lsh().threshold(), report.lsh().bands(), report.lsh().rows()));
        report.lsh().sCurve().forEach((similarity, probability) ->
                out.append(String.format(Locale.ROOT, " %.1f->%.3f", similarity, probability)));
        out.append('\n');
        for (OverlapMatch match : report.matches()) {
            out.append(String.format(Locale.ROOT, "  %s ~ %s  %s %.3f%s%n", match.trainId(), match.evalId(),
                    match.method().wireName(), match.score(),
                    match.longestRun().map(run -> " (longest run " + run + " tokens)").orElse("")));
        }
        return out.toString();
    }

    private static void appendChildren(List<LineageNode> children, String indent, StringBuilder out) {
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            out.append(indent).append(last ? "└─ " : "├─ ").append(line(children.get(i))).append('\n');
            appendChildren(children.get(i).children(), indent + (last ? "   " : "│  "), out);
        }
    }

    private static String line(LineageNode node) {
        StringBuilder line = new StringBuilder();
        if (node.relation() != Relation.ROOT) {
            line.append(node.relation().wireName()).append(": ");
        }
        line.append(node.kind().wireName()).append(' ').append(node.id()).append(" · ").append(node.detail());
        node.writtenBy().ifPresent(model -> line.append(" · written by ").append(model(model)));
        node.givenBy().ifPresent(actor -> line.append(" · by ").append(actor(actor)));
        node.sawDraft().ifPresent(saw -> line.append(" · saw_draft=").append(saw));
        node.guideline().ifPresent(guideline -> line.append(" · guideline ").append(guideline));
        node.filteredBy().forEach(filter -> line.append(" · filtered by ").append(filter.run())
                .append(filter.judge().map(judge -> " (" + model(judge) + ")").orElse("")));
        node.derivedBy().flatMap(Derivation::judge).ifPresent(judge -> line.append(" · judge ").append(model(judge)));
        return line.toString();
    }

    private static String model(ModelRef model) {
        return model.release() + model.family().map(family -> " [" + family + "]").orElse("");
    }

    private static String actor(Actor actor) {
        return actor.role().wireName() + actor.id().map(id -> " " + id).orElse("")
                + actor.family().map(family -> " [" + family + "]").orElse("");
    }
}
