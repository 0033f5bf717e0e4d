package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HhRlhfFormatTest {
    private static final Path HARMLESS_TEST =
            Path.of(System.getProperty("plumbline.shared.data"), "hh_rlhf", "harmless-base", "test.jsonl.gz");

    @TempDir
    Path temp;

    private final List<Record> records = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();

    private Path file(String... lines) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("harmless-base"));
        return Files.write(folder.resolve("test.jsonl"), List.of(lines));
    }

    @Test
    void aTranscriptBecomesTwoInteractionsSharingTheConversationAndAChoice() throws IOException {
        new HhRlhfFormat().read(file("{\"chosen\": \"\\n\\nHuman: Hi\\n\\nAssistant: Hello!\\n\\nHuman: Joke?\\n\\nAssistant:  Knock knock.\","
                + " \"rejected\": \"\\n\\nHuman: Hi\\n\\nAssistant: Hello!\\n\\nHuman: Joke?\\n\\nAssistant: No.\"}"),
                records::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(records).extracting(Record::id).containsExactly("hh:harmless-base:test:0:chosen",
                "hh:harmless-base:test:0:rejected", "hh:harmless-base:test:0:choice");
        Interaction chosen = (Interaction) records.get(0);
        Interaction rejected = (Interaction) records.get(1);
        assertThat(chosen.messages()).containsExactly(Message.user("Hi"), Message.assistant("Hello!"), Message.user("Joke?"));
        assertThat(rejected.messages()).isEqualTo(chosen.messages());
        assertThat(chosen.completion()).isEqualTo(" Knock knock.");
        assertThat(rejected.completion()).isEqualTo("No.");
        assertThat(chosen.sessionId()).contains("hh:harmless-base:test:0");
        Feedback choice = (Feedback) records.get(2);
        assertThat(choice.type()).isEqualTo(FeedbackType.CHOICE);
        assertThat(choice.chosen()).containsExactly("hh:harmless-base:test:0:chosen");
        assertThat(choice.rejected()).containsExactly("hh:harmless-base:test:0:rejected");
    }

    @Test
    void aBrokenLineIsAProblemWithItsIndexAndTheOthersStillImport() throws IOException {
        new HhRlhfFormat().read(file("{\"chosen\": \"\\n\\nHuman: Hi\\n\\nAssistant: A\"}", "not json",
                "{\"chosen\": \"\\n\\nHuman: Hi\\n\\nAssistant: A\", \"rejected\": \"\\n\\nHuman: Hi\\n\\nAssistant: B\"}"),
                records::add, problems::add);
        assertThat(problems).extracting(RecordProblem::index, RecordProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "$.rejected"), org.assertj.core.groups.Tuple.tuple(1, "$"));
        assertThat(records).extracting(Record::id).containsExactly("hh:harmless-base:test:2:chosen",
                "hh:harmless-base:test:2:rejected", "hh:harmless-base:test:2:choice");
    }

    @Test
    void theRegistryFindsItByNameAndDetectsTheRealFile() throws IOException {
        assertThat(ForeignFormats.named("hh-rlhf")).isInstanceOf(HhRlhfFormat.class);
        assertThat(ForeignFormats.detect(HARMLESS_TEST)).containsInstanceOf(HhRlhfFormat.class);
        assertThat(new HhRlhfFormat().detects(file("{\"kind\": \"interaction\"}"))).isFalse();
    }

    @Test
    void theHarmlessBaseTestSplitImportsAs2312ChoicesWithNoProblems() throws IOException {
        new HhRlhfFormat().read(HARMLESS_TEST, records::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(records).filteredOn(r -> r instanceof Feedback).hasSize(2312);
        assertThat(records).filteredOn(r -> r instanceof Interaction).hasSize(2 * 2312);
        long sharedPrefix = 0;
        for (int i = 0; i < records.size(); i += 3) {
            if (((Interaction) records.get(i)).messages().equals(((Interaction) records.get(i + 1)).messages())) {
                sharedPrefix++;
            }
        }
        assertThat(sharedPrefix).isEqualTo(2307);
        assertThat(records.get(3 * 17).id()).isEqualTo("hh:harmless-base:test:17:chosen");
    }
}
