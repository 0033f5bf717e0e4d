package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmbarFormatTest {
    static final Path DATASET = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"), "llmbar", "Dataset");

    @Test
    void importsOneSetWithGoldAndEachJudgesVerdictInBothOrders() throws IOException {
        List<RecordProblem> problems = new ArrayList<>();
        List<Record> records = read(DATASET.resolve("LLMBar/Natural"), problems);
        assertThat(problems).isEmpty();
        assertThat(records.stream().filter(r -> r instanceof Interaction)).hasSize(200);
        List<Label> labels = PandaLmFormatTest.labels(records);
        assertThat(labels.stream().filter(l -> l.meta().containsKey("gold"))).hasSize(100);
        assertThat(labels.stream().filter(l -> l.actor().id().orElseThrow().equals("GPT-4"))).hasSize(200);
        assertThat(labels.stream().filter(l -> l.actor().id().orElseThrow().equals("ChatGPT"))).hasSize(200);
    }

    @Test
    void recordsTheOrderShownAndKeepsTheVerdictInTermsOfTheOriginalOutputs() throws IOException {
        Map<String, Record> byId = read(DATASET.resolve("Processed/MT-Bench"), new ArrayList<>()).stream()
                .collect(Collectors.toMap(Record::id, Function.identity()));
        // item 0: GPT-4 answered "Output (a)" in both orders, i.e. output 1 first time, output 2 after the swap
        Label original = (Label) byId.get("llmbar:Processed/MT-Bench:0:GPT-4:Vanilla_NoRules:original");
        Label swapped = (Label) byId.get("llmbar:Processed/MT-Bench:0:GPT-4:Vanilla_NoRules:swapped");
        assertThat(original.order()).containsExactly("llmbar:Processed/MT-Bench:0:a", "llmbar:Processed/MT-Bench:0:b");
        assertThat(swapped.order()).containsExactly("llmbar:Processed/MT-Bench:0:b", "llmbar:Processed/MT-Bench:0:a");
        assertThat(original.value()).isEqualTo("A");
        assertThat(swapped.value()).isEqualTo("A");
        assertThat(swapped.raw()).contains("Output (b)");
        assertThat(swapped.actor().family()).contains("gpt-4");
        assertThat(((Label) byId.get("llmbar:Processed/MT-Bench:0:gold")).value()).isEqualTo("A");
    }

    @Test
    void keepsVerdictsWithoutAWinnerAsUnparsed() throws IOException {
        List<Label> palm = PandaLmFormatTest.labels(read(DATASET.resolve("Processed/LLMEval^2"), new ArrayList<>()))
                .stream().filter(l -> l.actor().id().orElseThrow().equals("PaLM2")).toList();
        // PaLM2 on LLMEval^2: 17 items unparsed in both orders, 1 only in the original, 1 only in the swapped
        assertThat(palm.stream().filter(Label::unparsed)).hasSize(17 * 2 + 2)
                .allSatisfy(l -> assertThat(l.value()).isEmpty());
    }

    @Test
    void readsEverySetBelowADatasetFolderWithNamesFromTheirPaths() throws IOException {
        List<Record> records = read(DATASET, new ArrayList<>());
        List<String> sets = records.stream().filter(r -> r instanceof Interaction)
                .map(r -> ((Interaction) r).meta().get("set")).distinct().toList();
        assertThat(sets).containsExactly("Adversarial/GPTInst", "Adversarial/GPTOut", "Adversarial/Manual",
                "Adversarial/Neighbor", "Natural", "Processed/FairEval", "Processed/LLMEval^2", "Processed/MT-Bench");
        assertThat(records.stream().map(Record::id).distinct()).hasSize(records.size());
    }

    @Test
    void detectsASetFolderOnly() {
        LlmbarFormat format = new LlmbarFormat();
        assertThat(format.detects(DATASET.resolve("LLMBar/Natural"))).isTrue();
        assertThat(format.detects(DATASET)).isFalse();
        assertThat(format.detects(PandaLmFormatTest.PANDALM)).isFalse();
    }

    @Test
    void reportsAVerdictFileThatDoesNotMatchItsDataset(@TempDir Path set) throws IOException {
        Files.writeString(set.resolve("dataset.json"), "[{\"input\":\"q\",\"output_1\":\"x\",\"output_2\":\"y\",\"label\":1}]");
        Path result = Files.createDirectories(set.resolve("evaluators/J/S")).resolve("result.json");
        Files.writeString(result, "[{\"input\":\"other\",\"output_1\":\"x\",\"output_2\":\"y\",\"label\":1,"
                + "\"results\":[{\"swap = False\":{\"completion\":[\"a\",\"stop\"],\"winner\":\"1\"},"
                + "\"swap = True\":{\"completion\":[\"b\",\"stop\"],\"winner\":null}}]}]");
        List<RecordProblem> problems = new ArrayList<>();
        List<Record> records = read(set, problems);
        assertThat(problems).extracting(RecordProblem::path).containsExactly("$[0]");
        assertThat(records).hasSize(3);
    }

    static List<Record> read(Path input, List<RecordProblem> problems) throws IOException {
        List<Record> records = new ArrayList<>();
        new LlmbarFormat().read(input, records::add, problems::add);
        return records;
    }
}
