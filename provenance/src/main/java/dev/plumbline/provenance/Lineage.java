package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an id (label, pair, dataset item, eval item, feedback or interaction) to its lineage
 * tree through a {@link LineageSource}: a label's subject and the draft its labeller saw, a derived
 * fact's sources and the evidence of its filters, a feedback's interaction (an edit or correction
 * is an edit of that interaction's draft), a choice's chosen and rejected interactions. An id met
 * again on its own path is shown once and not expanded, so cycles end. Thread-safe if the source is.
 */
public final class Lineage {
    /** The label meta key naming the interaction(s) whose draft the labeller saw, comma-separated. */
    public static final String DRAFT_META = "draft";
    private final LineageSource source;

    public Lineage(LineageSource source) {
        this.source = requireNonNull(source, "source is null");
    }

    public LineageNode resolve(String id) {
        LineageNode root = node(id, Relation.ROOT, new HashSet<>());
        if (root.kind() == NodeKind.MISSING) {
            throw PlumblineException.notFound("no label, pair, item, feedback or interaction has the id '" + id + "'");
        }
        return root;
    }

    private LineageNode node(String id, Relation relation, Set<String> ancestors) {
        if (!ancestors.add(id)) {
            return LineageNode.leaf(id, NodeKind.MISSING, relation, "cycle: already on this path");
        }
        try {
            Optional<DerivedFact> fact = source.derived(id);
            if (fact.isPresent()) {
                return derived(fact.get(), relation, ancestors);
            }
            Optional<Label> label = source.label(id);
            if (label.isPresent()) {
                return label(label.get(), relation, ancestors);
            }
            Optional<Feedback> feedback = source.feedback(id);
            if (feedback.isPresent()) {
                return feedback(feedback.get(), relation, ancestors);
            }
            return source.interaction(id).map(interaction -> interaction(interaction, relation))
                    .orElseGet(() -> LineageNode.leaf(id, NodeKind.MISSING, relation, "not found"));
        } finally {
            ancestors.remove(id);
        }
    }

    private LineageNode derived(DerivedFact fact, Relation relation, Set<String> ancestors) {
        List<LineageNode> children = new ArrayList<>();
        for (String sourceId : fact.sources()) {
            Relation role = fact.roles().containsKey(sourceId)
                    ? Relation.ofRole(fact.roles().get(sourceId)) : Relation.SOURCE;
            children.add(node(sourceId, role, ancestors));
        }
        for (Derivation filter : fact.filteredBy()) {
            filter.provenance().sources().forEach(evidence -> children.add(node(evidence, Relation.EVIDENCE, ancestors)));
        }
        String detail = fact.kind().wireName() + " derived by " + fact.derivedBy().run();
        return new LineageNode(fact.id(), NodeKind.of(fact.kind()), relation, detail, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(fact.derivedBy()),
                fact.filteredBy(), children);
    }

    private LineageNode label(Label label, Relation relation, Set<String> ancestors) {
        List<LineageNode> children = new ArrayList<>();
        InMemoryLineageSource.subjectIds(label.subject()).forEach(id -> children.add(node(id, Relation.SUBJECT, ancestors)));
        for (String draft : drafts(label)) {
            children.add(node(draft, Relation.DRAFT, ancestors));
        }
        String detail = "value " + label.value() + label.scale().map(scale -> " on " + scale).orElse("")
                + (label.unparsed() ? " (unparsed)" : "");
        return new LineageNode(label.id(), NodeKind.LABEL, relation, detail, Optional.empty(),
                Optional.of(label.actor()), Optional.of(label.sawDraft()), label.guideline(), Optional.empty(),
                List.of(), children);
    }

    private LineageNode feedback(Feedback feedback, Relation relation, Set<String> ancestors) {
        List<LineageNode> children = new ArrayList<>();
        boolean rewrite = feedback.type() == FeedbackType.EDIT || feedback.type() == FeedbackType.CORRECTION;
        children.add(node(feedback.interactionId(), rewrite ? Relation.EDIT_OF : Relation.ON, ancestors));
        feedback.chosen().forEach(id -> children.add(node(id, Relation.CHOSEN, ancestors)));
        feedback.rejected().forEach(id -> children.add(node(id, Relation.REJECTED, ancestors)));
        return new LineageNode(feedback.id(), NodeKind.FEEDBACK, relation, feedback.type().wireName(),
                Optional.empty(), Optional.of(feedback.actor()), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), children);
    }

    private static LineageNode interaction(Interaction interaction, Relation relation) {
        return new LineageNode(interaction.id(), NodeKind.INTERACTION, relation, "completion",
                Optional.of(interaction.model()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }

    private static List<String> drafts(Label label) {
        String named = label.meta().getOrDefault(DRAFT_META, "");
        return named.isBlank() ? List.of() : List.of(named.split("\\s*,\\s*"));
    }
}
