package dev.plumbline.provenance;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.ModelRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads off a lineage tree every way a model family shaped its root: judges' labels (JUDGED),
 * judge-run derivations and filters (FILTERED), texts written by a model or edited from its draft
 * (WRITTEN_FROM_DRAFT), labellers who saw a model's draft (SAW_DRAFT). An influence is direct when
 * every relation on its path is direct. Stateless.
 */
public final class Influences {
    private Influences() {
    }

    public static List<Influence> of(LineageNode root) {
        List<Influence> found = new ArrayList<>();
        walk(root, new ArrayList<>(), true, found);
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /** The influences of one family (compared case-insensitively). */
    public static List<Influence> of(LineageNode root, String family) {
        String wanted = family.toLowerCase(Locale.ROOT);
        return of(root).stream().filter(influence -> influence.family().equals(wanted)).toList();
    }

    private static void walk(LineageNode node, List<String> path, boolean direct, List<Influence> found) {
        path.add(node.id());
        boolean here = direct && node.relation().direct();
        // A draft the labeller saw is not a text the label is about: it counts as SAW_DRAFT only.
        node.writtenBy().filter(model -> node.relation() != Relation.DRAFT).flatMap(ModelRef::family)
                .ifPresent(family -> found.add(influence(family, InfluenceKind.WRITTEN_FROM_DRAFT, here, path)));
        node.givenBy().filter(actor -> actor.role() == ActorRole.JUDGE).flatMap(actor -> actor.family())
                .ifPresent(family -> found.add(influence(family, InfluenceKind.JUDGED, here, path)));
        judgeFamily(node.derivedBy()).ifPresent(family -> found.add(influence(family, InfluenceKind.FILTERED, here, path)));
        node.filteredBy().forEach(filter -> judgeFamily(Optional.of(filter))
                .ifPresent(family -> found.add(influence(family, InfluenceKind.FILTERED, here, path))));
        if (node.sawDraft().orElse(false)) {
            sawDraft(node, path, here, found);
        }
        node.children().forEach(child -> walk(child, path, here, found));
        path.remove(path.size() - 1);
    }

    /** The drafts a labeller saw: those named as drafts, else the model texts of its direct subject. */
    private static void sawDraft(LineageNode label, List<String> path, boolean direct, List<Influence> found) {
        boolean named = label.children().stream().anyMatch(child -> child.relation() == Relation.DRAFT);
        for (LineageNode child : label.children()) {
            if (named ? child.relation() == Relation.DRAFT : child.relation().direct()) {
                for (LineageNode text : directTexts(child)) {
                    List<String> trail = new ArrayList<>(path);
                    trail.add(text.id());
                    text.writtenBy().flatMap(ModelRef::family)
                            .ifPresent(family -> found.add(influence(family, InfluenceKind.SAW_DRAFT, direct, trail)));
                }
            }
        }
    }

    private static List<LineageNode> directTexts(LineageNode node) {
        List<LineageNode> texts = new ArrayList<>();
        if (node.writtenBy().isPresent()) {
            texts.add(node);
        }
        node.children().stream().filter(child -> child.relation().direct())
                .forEach(child -> texts.addAll(directTexts(child)));
        return texts;
    }

    private static Optional<String> judgeFamily(Optional<Derivation> derivation) {
        return derivation.flatMap(Derivation::judge).flatMap(ModelRef::family);
    }

    private static Influence influence(String family, InfluenceKind kind, boolean direct, List<String> path) {
        return new Influence(family.toLowerCase(Locale.ROOT), kind, direct, path);
    }

    static Set<InfluenceKind> kinds(List<Influence> influences) {
        Set<InfluenceKind> kinds = new LinkedHashSet<>();
        influences.forEach(influence -> kinds.add(influence.kind()));
        return kinds;
    }
}
