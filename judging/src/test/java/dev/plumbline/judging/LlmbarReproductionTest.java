package dev.plumbline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.wire.ForeignFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of every LLMBar {@code statistics.json}, reproduced exactly (to the last bit of the
 * double) from the matching {@code result.json} read through the {@code llmbar} import format.
 */
class LlmbarReproductionTest {
    static final Path DATASET = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"), "llmbar", "Dataset");
    private static final Pattern COUNT = Pattern.compile("(\\d+) / (\\d+) = (.+)%");
    private static final Map<String, List<Record>> IMPORTED = new ConcurrentHashMap<>();

    static Stream<Arguments> setsAndJudges() throws IOException {
        try (Stream<Path> files = Files.walk(DATASET)) {
            return files.filter(p -> p.getFileName().toString().equals("statistics.json")).sorted().toList().stream()
                    .map(p -> Arguments.of(DATASET.relativize(p.getParent().getParent().getParent().getParent()).toString(),
                            p.getParent().getParent().getFileName().toString()));
        }
    }

    @Test
    void findsAllTwentyTwoPublishedStatistics() throws IOException {
        assertThat(setsAndJudges()).hasSize(22);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setsAndJudges")
    void reproducesAccuracyPerOrderAverageCorrectInBothAndPositionalAgreement(String set, String judge) throws IOException {
        JsonNode published = statistics(set, judge);
        PositionBias position = audit(set, judge).position();
        assertCount(published, "correct_False", position.listedFirst().correct(), position.listedFirst().n(),
                position.listedFirst().accuracy());
        assertCount(published, "correct_True", position.reversedFirst().correct(), position.reversedFirst().n(),
                position.reversedFirst().accuracy());
        assertThat(position.averageAccuracy() * 100).isEqualTo(percent(published.get("correct_average").asText()));
        assertCount(published, "correct_both", position.correctInBoth(), position.bothOrders(),
                (double) position.correctInBoth() / position.bothOrders());
        assertCount(published, "equal", position.consistent() + position.bothUnparsed(), position.bothOrders(),
                position.positionalAgreement());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setsAndJudges")
    void reproducesTheFourKappasWithTheAuthorsRecoding(String set, String judge) throws IOException {
        JsonNode published = statistics(set, judge);
        List<Label> labels = labels(set);
        LlmbarStatistics statistics = LlmbarStatistics.of(
                labels.stream().filter(l -> l.actor().id().orElseThrow().equals(judge)).toList(),
                labels.stream().filter(l -> "true".equals(l.meta().get("gold"))).toList());
        assertThat(statistics.kappaOriginal()).isEqualTo(published.get("kappa_False").asDouble());
        assertThat(statistics.kappaSwapped()).isEqualTo(published.get("kappa_True").asDouble());
        assertThat(statistics.kappaAverage()).isEqualTo(published.get("kappa_average").asDouble());
        assertThat(statistics.kappaAgreement()).isEqualTo(published.get("kappa_agreement").asDouble());
        assertThat(statistics.equal()).isEqualTo(count(published, "equal"));
        assertThat(statistics.correctOriginal()).isEqualTo(count(published, "correct_False"));
    }

    @ParameterizedTest(name = "{0} {1}: first {2}, second {3} of {4}")
    @CsvSource({
        "Processed/MT-Bench, GPT-4, 15, 11, 200",
        "Processed/MT-Bench, ChatGPT, 83, 2, 200",
        "Processed/FairEval, GPT-4, 18, 2, 66",
        "Processed/FairEval, ChatGPT, 54, 0, 66",
        "LLMBar/Natural, GPT-4, 2, 1, 100",
        "LLMBar/Natural, ChatGPT, 30, 2, 100"})
    void countsFirstShownAndSecondShownWinsAsListedInTheDataReadme(String set, String judge, int first, int second, int n)
            throws IOException {
        PositionBias position = audit(set, judge).position();
        assertThat(position.firstShownWins()).isEqualTo(first);
        assertThat(position.secondShownWins()).isEqualTo(second);
        assertThat(position.bothOrders()).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} {1}: first-shown wins {2} of {3}")
    @CsvSource({
        "Processed/LLMEval^2, GPT-4, 7, 200",
        "LLMBar/Adversarial/Neighbor, GPT-4, 7, 134",
        "LLMBar/Adversarial/Neighbor, ChatGPT, 35, 134"})
    void countsFirstShownWinsAsListedInTheSourceNotes(String set, String judge, int first, int n) throws IOException {
        PositionBias position = audit(set, judge).position();
        assertThat(position.firstShownWins()).isEqualTo(first);
        assertThat(position.bothOrders()).isEqualTo(n);
    }

    static JudgeReport audit(String set, String judge) {
        JudgeAuditReport report = JudgeAudit.audit(records(set),
                JudgeAuditOptions.DEFAULT.withJudge(judge).withReference(Reference.GOLD, List.of()));
        assertThat(report.judges()).hasSize(1);
        return report.judges().get(0);
    }

    static List<Record> records(String set) {
        return IMPORTED.computeIfAbsent(set, s -> {
            List<Record> records = new ArrayList<>();
            try {
                ForeignFormats.named("llmbar").read(DATASET.resolve(s), records::add, problem -> {
                    throw new AssertionError("unexpected import problem " + problem);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return records;
        });
    }

    private static List<Label> labels(String set) {
        return records(set).stream().filter(r -> r instanceof Label).map(r -> (Label) r).toList();
    }

    private static JsonNode statistics(String set, String judge) throws IOException {
        return new ObjectMapper().readTree(DATASET.resolve(set).resolve("evaluators").resolve(judge)
                .resolve("Vanilla_NoRules/statistics.json").toFile());
    }

    private static void assertCount(JsonNode published, String field, int count, int n, double fraction) {
        Matcher m = COUNT.matcher(published.get(field).asText());
        assertThat(m.matches()).as(field).isTrue();
        assertThat(count).as(field + " count").isEqualTo(Integer.parseInt(m.group(1)));
        assertThat(n).as(field + " n").isEqualTo(Integer.parseInt(m.group(2)));
        assertThat(fraction * 100).as(field + " percent").isEqualTo(Double.parseDouble(m.group(3)));
    }

    private static int count(JsonNode published, String field) {
        Matcher m = COUNT.matcher(published.get(field).asText());
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static double percent(String text) {
        return Double.parseDouble(text.substring(0, text.length() - 1));
    }
}
