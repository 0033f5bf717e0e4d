package dev.plumbline.provenance;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Provenance;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders for records, derived facts and the planted contamination scenario. */
final class Scenario {
    static final Instant TS = Instant.parse("2026-11-01T10:00:00Z");
    static final ModelRef GPT4 = ModelRef.of("gpt-4o", "2024-08-06", "gpt-4");
    static final ModelRef LLAMA = ModelRef.of("acme-assist", "2026-10-01", "llama-3");

    final List<Record> records = new ArrayList<>();
    final List<DerivedFact> facts = new ArrayList<>();
    final List<EvalItem> items = new ArrayList<>();

    static Interaction interaction(String id, ModelRef model) {
        return new Interaction(id, Optional.of("s-1"), Optional.of("u-1"), TS, model, List.of(Message.user("prompt of " + id)),
                "completion of " + id, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    static Feedback edit(String id, String interactionId) {
        return Feedback.of(id, interactionId, TS, FeedbackType.EDIT, Actor.of(ActorRole.USER, "u-1")).withText("edited");
    }

    static Label itemLabel(String id, String subject, Actor actor, boolean sawDraft, Map<String, String> meta) {
        return new Label(id, new LabelSubject.Item(subject), "good", actor, sawDraft, Optional.of("v3"), TS, List.of(),
                Optional.empty(), false, Optional.of("quality"), Optional.empty(), meta);
    }

    static Label judgeLabel(String id, String subject, ModelRef judge) {
        return itemLabel(id, subject, Actor.judge(judge.name(), judge.family().orElseThrow()), false, Map.of());
    }

    static Label annotatorLabel(String id, String subject) {
        return itemLabel(id, subject, Actor.of(ActorRole.ANNOTATOR, "ann-7"), false, Map.of());
    }

    static Provenance provenance(String rule, String... sources) {
        return new Provenance(List.of(sources), rule, "1", "cfg-0", "0.1.0");
    }

    Scenario add(Record... added) {
        records.addAll(List.of(added));
        return this;
    }

    LineageSource source() {
        return new InMemoryLineageSource(records, facts);
    }

    EvalSet evalSet() {
        return EvalSet.of("gold", 1, items);
    }

    /**
     * Ten eval items, eleven gold labels. Family gpt-4 influences six: two judge labels (e-0, e-1), a
     * judge label beside a human one (e-8), an annotator who saw a gpt-4 draft (e-2), a human label on
     * a pair whose chosen text is a user's edit of a gpt-4 draft (e-4), and a human label on an item
     * that a gpt-4 judge filtered (e-5; the filter's evidence is a gpt-4 judge label, so JUDGED too,
     * transitively). Family llama-3 influences three: the draft seen on e-3, the rejected text of e-4
     * and the prompt e-5 was made from.
     */
    static Scenario planted() {
        Scenario s = new Scenario();
        for (int i = 0; i < 10; i++) {
            s.items.add(EvalItem.of("e-" + i, "eval question " + i));
        }
        s.add(judgeLabel("l-0", "e-0", GPT4), judgeLabel("l-1", "e-1", GPT4));
        s.add(interaction("i-2", GPT4), itemLabel("l-2", "e-2", Actor.of(ActorRole.ANNOTATOR, "ann-1"), true,
                Map.of(Lineage.DRAFT_META, "i-2")));
        s.add(interaction("i-3", LLAMA), itemLabel("l-3", "e-3", Actor.of(ActorRole.ANNOTATOR, "ann-2"), true,
                Map.of(Lineage.DRAFT_META, "i-3")));
        s.add(interaction("i-4", GPT4), edit("f-4", "i-4"), interaction("i-4b", LLAMA), annotatorLabel("l-4", "e-4"));
        s.facts.add(new DerivedFact("e-4", FactKind.EVAL_ITEM,
                Derivation.byRule(provenance("prefer-edited-over-original", "f-4", "i-4b")),
                Map.of("f-4", "chosen", "i-4b", "rejected"), List.of()));
        s.add(interaction("i-5", LLAMA), judgeLabel("jl-5", "i-5", GPT4), annotatorLabel("l-5", "e-5"));
        s.facts.add(new DerivedFact("e-5", FactKind.EVAL_ITEM, Derivation.byRule(provenance("promote-prompt", "i-5")),
                Map.of("i-5", "prompt"), List.of(Derivation.byJudge(provenance("quality-filter", "jl-5"), GPT4))));
        s.add(annotatorLabel("l-6", "e-6"), judgeLabel("l-6b", "e-6", ModelRef.of("claude-3", null, "claude")));
        s.add(annotatorLabel("l-7", "e-7"));
        s.add(judgeLabel("l-8a", "e-8", GPT4), annotatorLabel("l-8b", "e-8"));
        return s;
    }
}
