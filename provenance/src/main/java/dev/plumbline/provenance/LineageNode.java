package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ModelRef;
import java.util.List;
import java.util.Optional;

/**
 * One node of a lineage tree: a record or derived fact, how it relates to its parent, who wrote or
 * gave it (the model of an interaction; the actor of a feedback or label), for labels whether the
 * labeller saw a draft and under which guideline, for derived facts the run that derived them and
 * the runs that filtered them, and its own sources as children. {@code detail} is a short
 * description (feedback type, label value, rule). Immutable.
 */
public record LineageNode(
        String id,
        NodeKind kind,
        Relation relation,
        String detail,
        Optional<ModelRef> writtenBy,
        Optional<Actor> givenBy,
        Optional<Boolean> sawDraft,
        Optional<String> guideline,
        Optional<Derivation> derivedBy,
        List<Derivation> filteredBy,
        List<LineageNode> children) {
    public LineageNode {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(relation, "relation is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(writtenBy, "writtenBy is null");
        requireNonNull(givenBy, "givenBy is null");
        requireNonNull(sawDraft, "sawDraft is null");
        requireNonNull(guideline, "guideline is null");
        requireNonNull(derivedBy, "derivedBy is null");
        filteredBy = List.copyOf(requireNonNull(filteredBy, "filteredBy is null"));
        children = List.copyOf(requireNonNull(children, "children is null"));
    }

    static LineageNode leaf(String id, NodeKind kind, Relation relation, String detail) {
        return new LineageNode(id, kind, relation, detail, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** The number of nodes in this tree. */
    public int size() {
        return 1 + children.stream().mapToInt(LineageNode::size).sum();
    }
}
