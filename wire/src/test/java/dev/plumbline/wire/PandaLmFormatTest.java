package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
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

class PandaLmFormatTest {
    static final Path PANDALM = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"), "pandalm");
    private static List<Record> imported;

    /** The real data set, read once for the tests that only look at it. */
    static synchronized List<Record> imported() throws IOException {
        if (imported == null) {
            List<RecordProblem> problems = new ArrayList<>();
            imported = read(PANDALM, problems);
            assertThat(problems).isEmpty();
        }
        return imported;
    }

    @Test
    void importsTwoInteractionsThreeAnnotatorLabelsAndTwoVerdictsPerItem() throws IOException {
        List<Record> records = imported();
        assertThat(records.stream().filter(r -> r instanceof Interaction)).hasSize(2 * 999);
        List<Label> labels = labels(records);
        assertThat(labels.stream().filter(l -> l.actor().role() == ActorRole.ANNOTATOR)).hasSize(3 * 999);
        assertThat(labels.stream().filter(l -> l.actor().role() == ActorRole.JUDGE)).hasSize(2 * 999);
        assertThat(records.stream().map(Record::id).distinct()).hasSize(records.size());
    }

    @Test
    void mapsPandaLmLabelsToPairValuesWithTiesAsTheirOwnClass() throws IOException {
        Map<String, Long> counts = labels(imported()).stream()
                .filter(l -> l.actor().id().orElseThrow().equals("pandalm:annotator1"))
                .collect(Collectors.groupingBy(Label::value, Collectors.counting()));
        // annotator1 in testset-v1.json: 97 zeros, 427 ones, 475 twos
        assertThat(counts).isEqualTo(Map.of("tie", 97L, "A", 427L, "B", 475L));
    }

    @Test
    void keepsGarbageVerdictsAsUnparsedWithTheirRawText() throws IOException {
        List<Label> gpt = labels(imported()).stream()
                .filter(l -> l.actor().id().orElseThrow().equals("gpt-3.5-turbo")).toList();
        assertThat(gpt.stream().filter(Label::unparsed)).hasSize(25)
                .allSatisfy(l -> assertThat(l.raw()).contains("garbage"));
        assertThat(gpt.stream().filter(l -> l.value().equals("tie"))).hasSize(38);
        assertThat(gpt.get(0).actor().family()).contains("gpt-3.5");
    }

    @Test
    void givesEachRecordAnIdDerivedFromTheSourceAndTheGeneratorsModel() throws IOException {
        Map<String, Record> byId = imported().stream()
                .collect(Collectors.toMap(Record::id, Function.identity()));
        Interaction first = (Interaction) byId.get("pandalm:0:1");
        assertThat(first.model().name()).isEqualTo("bloom-7b");
        assertThat(first.model().family()).contains("bloom");
        assertThat(((Interaction) byId.get("pandalm:0:2")).model().family()).contains("llama");
        Label label = (Label) byId.get("pandalm:0:annotator2");
        assertThat(label.subject()).isEqualTo(new LabelSubject.Pair("pandalm:0:1", "pandalm:0:2"));
        assertThat(label.value()).isEqualTo("B");
        assertThat(((Label) byId.get("pandalm:0:judge:pandalm-7b")).actor().family()).contains("llama");
    }

    @Test
    void readsBooleanResponsesAsText() throws IOException {
        Interaction answer = (Interaction) imported().stream()
                .filter(r -> r.id().equals("pandalm:157:1")).findFirst().orElseThrow();
        assertThat(answer.completion()).isEqualTo("true");
    }

    @Test
    void detectsTheFolderTheDataFolderAndTheFile() {
        PandaLmFormat format = new PandaLmFormat();
        assertThat(format.detects(PANDALM)).isTrue();
        assertThat(format.detects(PANDALM.resolve("data"))).isTrue();
        assertThat(format.detects(PANDALM.resolve("data/testset-v1.json"))).isTrue();
        assertThat(format.detects(PANDALM.getParent().resolve("llmbar"))).isFalse();
    }

    @Test
    void reportsABadAnnotatorLabelWithItsIndexAndPathAndSkipsTheItem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("testset-v1.json"), "[{\"idx\":0,\"cmp_key\":\"a-7b_b-7b\",\"instruction\":\"i\","
                + "\"input\":\"\",\"response1\":\"x\",\"response2\":\"y\",\"annotator1\":1,\"annotator2\":\"3\",\"annotator3\":0},"
                + "{\"idx\":1,\"cmp_key\":\"a-7b_b-7b\",\"instruction\":\"i\",\"input\":\"\",\"response1\":\"x\","
                + "\"response2\":\"y\",\"annotator1\":\"1\",\"annotator2\":2,\"annotator3\":0}]");
        List<RecordProblem> problems = new ArrayList<>();
        List<Record> records = read(dir, problems);
        assertThat(problems).containsExactly(new RecordProblem(0, "$[0].annotator2", "must be 0 (tie), 1 or 2, was '3'"));
        assertThat(records).hasSize(5).allSatisfy(r -> assertThat(r.id()).startsWith("pandalm:1:"));
    }

    @Test
    void isRegisteredUnderItsName() {
        assertThat(ForeignFormats.named("pandalm")).isInstanceOf(PandaLmFormat.class);
        assertThat(ForeignFormats.named("llmbar")).isInstanceOf(LlmbarFormat.class);
    }

    static List<Record> read(Path input, List<RecordProblem> problems) throws IOException {
        List<Record> records = new ArrayList<>();
        new PandaLmFormat().read(input, records::add, problems::add);
        return records;
    }

    static List<Label> labels(List<Record> records) {
        return records.stream().filter(r -> r instanceof Label).map(r -> (Label) r).toList();
    }
}
