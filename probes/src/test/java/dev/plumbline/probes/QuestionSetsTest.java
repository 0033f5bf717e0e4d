package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetsTest {
    @TempDir
    Path dir;

    @Test
    void theBundledSetHasAtLeastThirtyDistinctQuestionsWithBalancedAnswers() {
        List<Question> questions = QuestionSets.bundled();

        assertThat(questions).hasSizeGreaterThanOrEqualTo(30);
        assertThat(questions.stream().map(Question::id).distinct()).hasSize(questions.size());
        Map<String, Long> letters = questions.stream().collect(Collectors.groupingBy(Question::answerLetter, Collectors.counting()));
        assertThat(letters.keySet()).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(letters.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(questions.size() / 4));
    }

    @Test
    void theBundledAnswersAreTheOnesEveryoneKnows() {
        Map<String, Question> byId = QuestionSets.bundled().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        Question sodium = byId.get("sci-01");
        Question canberra = byId.get("geo-01");

        assertThat(sodium.choices().get(sodium.answer())).isEqualTo("Na");
        assertThat(canberra.choices().get(canberra.answer())).isEqualTo("Canberra");
    }

    @Test
    void readsJsonlWithAnswersAsLettersOrChoiceText() throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, "{\"id\":\"x\",\"question\":\"2+2?\",\"choices\":[\"3\",\"4\"],\"answer\":\"b\"}\n\n"
                + "{\"question\":\"Sky?\",\"choices\":[\"blue\",\"green\"],\"answer\":\"blue\"}\n");

        List<Question> questions = QuestionSets.read(file);

        assertThat(questions).extracting(Question::id).containsExactly("x", "q3");
        assertThat(questions).extracting(Question::answer).containsExactly(1, 0);
    }

    @Test
    void namesTheLineAndFieldOfABadJsonlQuestion() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"question\":\"ok?\",\"choices\":[\"a\",\"b\"],\"answer\":\"A\"}\n"
                + "{\"question\":\"ok?\",\"choices\":[\"a\",\"b\"],\"answer\":\"C\"}\n");
        Path unknown = dir.resolve("unknown.jsonl");
        Files.writeString(unknown, "{\"question\":\"ok?\",\"choices\":[\"a\",\"b\"],\"answer\":\"A\",\"hint\":\"x\"}\n");

        assertThatThrownBy(() -> QuestionSets.read(file)).hasMessageContaining("bad.jsonl:2").hasMessageContaining("answer 'C'");
        assertThatThrownBy(() -> QuestionSets.read(unknown)).hasMessageContaining("unknown field 'hint'");
    }

    @Test
    void importsTheCommonCsvShapeWithQuotesAndAnOptionalHeader() throws Exception {
        Path file = dir.resolve("mmlu.csv");
        Files.writeString(file, "question,A,B,C,D,answer\n"
                + "\"Which is a prime, if any?\",4,6,7,9,C\n"
                + "\"He said \"\"hi\"\"\nthen left. Who?\",Ann,Bob,Cy,Di,A\r\n");

        List<Question> questions = QuestionSets.read(file);

        assertThat(questions).hasSize(2);
        assertThat(questions.get(0).text()).isEqualTo("Which is a prime, if any?");
        assertThat(questions.get(0).choices()).containsExactly("4", "6", "7", "9");
        assertThat(questions.get(0).answer()).isEqualTo(2);
        assertThat(questions.get(1).text()).isEqualTo("He said \"hi\"\nthen left. Who?");
    }

    @Test
    void rejectsACsvRowWithTooFewFields() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "What?,yes,A\n");

        assertThatThrownBy(() -> QuestionSets.read(file)).hasMessageContaining("row 1").hasMessageContaining("3 fields");
    }

    @Test
    void theBundledProbeItemsLoadAndHaveKnownVerdicts() {
        assertThat(ProbeItems.bundledFeedback()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(ProbeItems.bundledReviews()).filteredOn(r -> !r.humanApproved()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ProbeItems.bundledChains()).allSatisfy(c -> assertThat(c.premiseAnswer()).isNotEqualTo(c.last().answer()));
    }
}
