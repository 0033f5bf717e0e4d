package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineageTest {
    /** A pair whose chosen text is a user's edit of a gpt-4 draft, labelled by a claude judge. */
    private static Scenario editedPair() {
        Scenario s = new Scenario();
        s.add(Scenario.interaction("i-1", Scenario.GPT4), Scenario.edit("f-1", "i-1"),
                Scenario.interaction("i-2", Scenario.LLAMA));
        s.facts.add(new DerivedFact("p-1", FactKind.PAIR,
                Derivation.byRule(Scenario.provenance("prefer-edited-over-original", "f-1", "i-2")),
                Map.of("f-1", "chosen", "i-2", "rejected"), List.of()));
        s.add(new Label("l-1", new LabelSubject.Item("p-1"), "A", Actor.judge("claude-3-opus", "claude"), false,
                Optional.of("v3"), Scenario.TS, List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Map.of()));
        return s;
    }

    @Test
    void aLabelOnAPairWhoseChosenTextEditsAModelDraftIsInfluencedByThatModel() {
        LineageNode tree = new Lineage(editedPair().source()).resolve("l-1");

        assertThat(Influences.of(tree, "gpt-4")).containsExactly(new Influence("gpt-4",
                InfluenceKind.WRITTEN_FROM_DRAFT, false, List.of("l-1", "p-1", "f-1", "i-1")));
        assertThat(Influences.of(tree, "llama-3")).containsExactly(new Influence("llama-3",
                InfluenceKind.WRITTEN_FROM_DRAFT, true, List.of("l-1", "p-1", "i-2")));
        assertThat(Influences.of(tree, "claude")).extracting(Influence::kind).containsExactly(InfluenceKind.JUDGED);
    }

    @Test
    void theTreeNamesEveryRecordWithWhoWroteOrGaveIt() {
        LineageNode tree = new Lineage(editedPair().source()).resolve("l-1");

        assertThat(tree.size()).isEqualTo(5);
        assertThat(ProvenanceText.lineage(tree)).contains(
                "label l-1 · value A · by judge claude-3-opus [claude] · saw_draft=false · guideline v3",
                "└─ subject: pair p-1 · pair derived by prefer-edited-over-original@1",
                "   ├─ chosen: feedback f-1 · edit · by user u-1",
                "   │  └─ edit of: interaction i-1 · completion · written by gpt-4o@2024-08-06 [gpt-4]",
                "   └─ rejected: interaction i-2 · completion · written by acme-assist@2026-10-01 [llama-3]",
                "gpt-4 written_from_draft (transitive) l-1 > p-1 > f-1 > i-1");
    }

    @Test
    void aDatasetResolvesThroughItsPairsToTheModelsThatWroteTheirTexts() {
        Scenario s = editedPair();
        s.facts.add(new DerivedFact("ds-1", FactKind.DATASET, Derivation.byRule(Scenario.provenance("export", "p-1")),
                Map.of(), List.of()));

        LineageNode tree = new Lineage(s.source()).resolve("ds-1");

        assertThat(tree.kind()).isEqualTo(NodeKind.DATASET);
        assertThat(tree.size()).isEqualTo(5);
        assertThat(Influences.of(tree, "gpt-4")).singleElement()
                .satisfies(influence -> assertThat(influence.path()).containsExactly("ds-1", "p-1", "f-1", "i-1"));
        assertThat(ProvenanceText.lineage(tree)).contains("dataset ds-1 · dataset derived by export@1",
                "└─ source: pair p-1 · pair derived by prefer-edited-over-original@1");
    }

    @Test
    void rendersTheTreeAsJson() {
        String json = ProvenanceJson.lineage(new Lineage(editedPair().source()).resolve("p-1"));

        assertThat(json).contains("\"kind\" : \"pair\"", "\"rule\" : \"prefer-edited-over-original\"",
                "\"relation\" : \"edit of\"", "\"family\" : \"gpt-4\"", "\"direct\" : false");
    }

    @Test
    void anAnnotatorWhoSawTheDraftOfTheirSubjectIsAnchoredDirectly() {
        Scenario s = new Scenario();
        s.add(Scenario.interaction("i-1", Scenario.GPT4), Scenario.interaction("i-2", Scenario.LLAMA));
        s.add(new Label("l-1", new LabelSubject.Pair("i-1", "i-2"), "B", Actor.of(ActorRole.ANNOTATOR, "ann-1"), true,
                Optional.of("v3"), Scenario.TS, List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Map.of()));

        List<Influence> influences = Influences.of(new Lineage(s.source()).resolve("l-1"), "gpt-4");

        assertThat(influences).extracting(Influence::kind, Influence::direct).containsExactlyInAnyOrder(
                tuple(InfluenceKind.WRITTEN_FROM_DRAFT, true),
                tuple(InfluenceKind.SAW_DRAFT, true));
    }

    @Test
    void anUnknownIdIsNotFoundAndAMissingSourceIsShownAsMissing() {
        Scenario s = new Scenario();
        s.facts.add(new DerivedFact("p-9", FactKind.PAIR, Derivation.byRule(Scenario.provenance("r", "gone")), Map.of(),
                List.of()));
        Lineage lineage = new Lineage(s.source());

        assertThatThrownBy(() -> lineage.resolve("nope")).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("'nope'");
        assertThat(lineage.resolve("p-9").children()).extracting(LineageNode::kind).containsExactly(NodeKind.MISSING);
    }

    @Test
    void aCycleOfDerivedFactsEnds() {
        Scenario s = new Scenario();
        s.facts.add(new DerivedFact("a", FactKind.DATASET_ITEM, Derivation.byRule(Scenario.provenance("r", "b")), Map.of(), List.of()));
        s.facts.add(new DerivedFact("b", FactKind.DATASET_ITEM, Derivation.byRule(Scenario.provenance("r", "a")), Map.of(), List.of()));

        LineageNode tree = new Lineage(s.source()).resolve("a");

        assertThat(tree.size()).isEqualTo(3);
        assertThat(tree.children().get(0).children().get(0).detail()).startsWith("cycle");
    }
}
