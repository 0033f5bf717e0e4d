package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetTest {
    @TempDir
    Path directory;

    @Test
    void registeringTheSameContentKeepsTheVersionAndNewContentMakesTheNext() {
        EvalSetCatalog catalog = new EvalSetCatalog();
        EvalSet first = catalog.register("gold", List.of(EvalItem.of("a", "first question")));
        EvalSet again = catalog.register("gold", List.of(EvalItem.of("a", "first question")));
        EvalSet second = catalog.register("gold", List.of(EvalItem.of("a", "first question, reworded")));

        assertThat(again).isSameAs(first);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash()).startsWith("sha256:");
        assertThat(catalog.version("gold", 1)).contains(first);
        assertThat(catalog.latest("gold")).contains(second);
        assertThat(catalog.latest("other")).isEmpty();
    }

    @Test
    void aSnapshotWhoseHashDoesNotMatchItsItemsIsRejected() {
        String hash = EvalSet.hash(List.of(EvalItem.of("a", "x")));

        assertThatThrownBy(() -> new EvalSet("gold", 1, List.of(EvalItem.of("a", "y")), hash))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("claims content hash");
    }

    @Test
    void duplicateItemIdsAreRejected() {
        assertThatThrownBy(() -> EvalSet.of("gold", 1, List.of(EvalItem.of("a", "x"), EvalItem.of("a", "y"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("'a' twice");
    }

    @Test
    void importsTheMtBenchQuestionShapeWithTurnsReferencesAndCategory() {
        List<EvalItem> items = EvalItemFiles.read(SharedData.mtBench());
        EvalItem math = items.stream().filter(item -> item.id().equals("111")).findFirst().orElseThrow();

        assertThat(items).hasSize(80);
        assertThat(items.get(0).id()).isEqualTo("81");
        assertThat(math.turns()).hasSize(2);
        assertThat(math.text()).startsWith("The vertices of a triangle are at points (0, 0)");
        assertThat(math.references()).containsExactly("Area is 3", "5pi");
        assertThat(math.tags()).containsEntry("category", "math");
    }

    @Test
    void importsSelfInstructTasksWithInstructionAndInputJoinedByABlankLine() {
        List<EvalItem> items = EvalItemFiles.read(SharedData.userOrientedTasks());

        assertThat(items).hasSize(252);
        assertThat(items.get(0).text()).isEqualTo("The sentence you are given might be too wordy, complicated, or unclear. "
                + "Rewrite the sentence and make your writing clearer by keeping it concise. Whenever possible, break "
                + "complex sentences into multiple sentences and eliminate unnecessary words.\n\nIf you have any questions "
                + "about my rate or if you find it necessary to increase or decrease the scope for this project, please let me know.");
        assertThat(items.get(0).references()).hasSize(1);
        assertThat(items.get(0).tags()).containsEntry("motivation_app", "Grammarly");
    }

    @Test
    void importsPlainJsonLinesWithTextOrPromptAndOptionalReferences() throws IOException {
        Path file = Files.writeString(directory.resolve("items.jsonl"), """
                {"id": "q1", "text": "What is 2+2?", "reference": "4"}

                {"id": 2, "prompt": "Name a colour.", "references": ["red", "blue"]}
                {"id": "q3", "instruction": "Translate to French.", "input": "cat"}
                """);

        List<EvalItem> items = EvalItemFiles.read(file);

        assertThat(items).containsExactly(new EvalItem("q1", List.of("What is 2+2?"), List.of("4"), Map.of()),
                new EvalItem("2", List.of("Name a colour."), List.of("red", "blue"), Map.of()),
                new EvalItem("q3", List.of("Translate to French.\n\ncat"), List.of(), Map.of()));
    }

    @Test
    void aLineWithoutTextIsRejectedWithItsLineNumber() throws IOException {
        Path file = Files.writeString(directory.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n");

        assertThatThrownBy(() -> EvalItemFiles.read(file)).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("line 2").hasMessageContaining("has no text");
    }

    @Test
    void anEvalSetIsAnItemSetOfItsFirstTurns() {
        EvalSet set = EvalSet.of("mt", 1, List.of(new EvalItem("81", List.of("first", "second"), List.of(), Map.of())));

        assertThat(set.items()).containsExactly(new TextItem("81", "first"));
        assertThat(set.reference()).isEqualTo("mt@v1");
    }

    @Test
    void theStoredFormRoundTripsAndRejectsAnUnknownSchemaVersion() {
        EvalSet set = EvalSet.of("mt-bench", 3, EvalItemFiles.read(SharedData.mtBench()));

        String stored = EvalSetJson.write(set);

        assertThat(EvalSetJson.read(stored)).isEqualTo(set);
        assertThatThrownBy(() -> EvalSetJson.read(stored.replace("\"schema_version\":1", "\"schema_version\":2")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("schema_version 2");
        assertThatThrownBy(() -> EvalSetJson.read(stored.replace("Hawaii", "Maui")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("claims content hash");
    }
}
