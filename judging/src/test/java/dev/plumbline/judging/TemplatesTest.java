package dev.plumbline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    static final Path JUDGE_PROMPTS = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"),
            "mt_bench", "fastchat", "llm_judge", "data", "judge_prompts.jsonl");

    static List<JudgeTemplate> mtBench() throws IOException {
        return TemplateJson.readMtBench(Files.readString(JUDGE_PROMPTS));
    }

    @Test
    void importsEveryMtBenchTemplateWithItsKindVersionAndOutputFormat() throws IOException {
        JudgeTemplates templates = JudgeTemplates.of(mtBench());

        assertThat(templates.all()).extracting(JudgeTemplate::id).containsExactly("pair-math-v1-multi-turn@1", "pair-math-v1@1",
                "pair-v2-multi-turn@2", "pair-v2@2", "single-math-v1-multi-turn@1", "single-math-v1@1",
                "single-v1-multi-turn@1", "single-v1@1");
        JudgeTemplate pair = templates.require("pair-v2");
        assertThat(pair.kind()).isEqualTo(TemplateKind.PAIRWISE);
        assertThat(pair.placeholders()).containsExactly("question", "answer_a", "answer_b");
        assertThat(pair.systemPrompt()).contains("\"[[C]]\" for a tie");
        JudgeTemplate single = templates.require("single-math-v1");
        assertThat(single.kind()).isEqualTo(TemplateKind.SINGLE);
        assertThat(single.placeholders()).containsExactly("question", "ref_answer_1", "answer");
        assertThat(single.scale()).contains(new RatingScale("mt-bench-1-10", 1, 10));
        assertThat(single.source()).isEqualTo("mt-bench");
    }

    @Test
    void readsMtBenchVerdictsAndRatingsTheWayFastChatPrintsThem() throws IOException {
        JudgeTemplates templates = JudgeTemplates.of(mtBench());
        JudgeTemplate pair = templates.require("pair-v2");
        JudgeTemplate single = templates.require("single-v1");

        assertThat(pair.parse("Assistant A is more accurate.\n\n[[A]]")).contains("A");
        assertThat(pair.parse("Both are equally helpful. [[C]]")).contains("tie");
        assertThat(pair.parse("Final verdict: [[B]]\n[[B]]")).contains("B");
        assertThat(single.parse("The answer is correct but terse. Rating: [[7]]")).contains("7");
        assertThat(single.parse("Rating: [[8.5]]")).contains("8.5");
    }

    @Test
    void parsesStrictlyAndNeverInventsAVerdict() {
        JudgeTemplate pair = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_PAIRWISE);
        JudgeTemplate single = JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_SINGLE);

        assertThat(pair.parse("I prefer A.")).isEmpty();
        assertThat(pair.parse("Maybe [[A]], but on reflection [[B]].")).isEmpty();
        assertThat(pair.parse("[[D]]")).isEmpty();
        assertThat(pair.parse("")).isEmpty();
        assertThat(single.parse("Rating: [[11]]")).isEmpty();
        assertThat(single.parse("Rating: [7]")).isEmpty();
        assertThat(single.parse("[[3]] or [[4]]")).isEmpty();
    }

    @Test
    void fillsMultiTurnPlaceholdersFromTheConversation() throws IOException {
        JudgeTemplate multiTurn = JudgeTemplates.of(mtBench()).require("pair-v2-multi-turn");
        List<Message> conversation = List.of(Message.user("first question"), Message.assistant("earlier answer"),
                Message.user("second question"));

        String prompt = multiTurn.render(new PairItem("a", "b", conversation, "answer one", "answer two", List.of()).values(false));

        assertThat(prompt).contains("first question", "second question", "earlier answer", "answer one", "answer two")
                .doesNotContain("{");
    }

    @Test
    void refusesToRenderATemplateWhoseItemLacksAReference() throws IOException {
        JudgeTemplate math = JudgeTemplates.of(mtBench()).require("single-math-v1");

        assertThatThrownBy(() -> math.render(new SingleItem("i", List.of(Message.user("2+2?")), "4", List.of()).values()))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("{ref_answer_1}");
        assertThat(math.render(new SingleItem("i", List.of(Message.user("2+2?")), "4", List.of("4")).values()))
                .contains("2+2?");
    }

    @Test
    void shipsDefaultTemplatesThatSurviveARoundTripThroughTheFileShape() {
        List<JudgeTemplate> defaults = JudgeTemplates.defaults().all();

        assertThat(defaults).extracting(JudgeTemplate::id).contains("plumbline-pairwise@1", "plumbline-single@1",
                "plumbline-pairwise-reference@1", "plumbline-single-reference@1");
        assertThat(TemplateJson.read(TemplateJson.write(defaults))).isEqualTo(defaults);
        assertThat(TemplateJson.readAny(TemplateJson.write(defaults))).isEqualTo(defaults);
    }

    @Test
    void rejectsTemplateFilesWithUnknownFieldsOrVersions() {
        assertThatThrownBy(() -> TemplateJson.read("{\"schema_version\": 2, \"templates\": []}"))
                .hasMessageContaining("schema_version");
        assertThatThrownBy(() -> TemplateJson.read("{\"schema_version\": 1, \"templates\": [{\"name\": \"x\", \"colour\": \"red\"}]}"))
                .hasMessageContaining("colour");
    }

    @Test
    void refusesAPairwiseTemplateWhoseVerdictsAreNotAOrBOrTie() {
        assertThatThrownBy(() -> new JudgeTemplate("t", "1", TemplateKind.PAIRWISE, "", "{answer_a} {answer_b}",
                TemplateJson.PAIR_PATTERN, Map.of("A", "first"), Optional.empty(), "test"))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("A, B or tie");
    }

    @Test
    void findsTheHighestVersionByNameAndAnExactOneByNameAtVersion() {
        JudgeTemplate one = JudgeTemplates.defaults().require("plumbline-pairwise");
        JudgeTemplate two = new JudgeTemplate(one.name(), "2", one.kind(), one.systemPrompt(), one.userPrompt(),
                one.verdictPattern(), one.verdicts(), one.scale(), "test");
        JudgeTemplates templates = JudgeTemplates.defaults().with(List.of(two));

        assertThat(templates.require("plumbline-pairwise")).isEqualTo(two);
        assertThat(templates.require("plumbline-pairwise@1")).isEqualTo(one);
        assertThatThrownBy(() -> templates.require("nope")).hasMessageContaining("known");
    }
}
