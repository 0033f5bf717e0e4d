package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {
    @Test
    void readsAllThreeSelfInstructShapesInPlace() {
        Path folder = SelfInstructData.folder();
        Corpus human = CorpusFiles.read("human", folder.resolve("user_oriented_instructions.jsonl"));
        Path predictions = folder.resolve("predictions/text-davinci-003_predictions.jsonl");
        Corpus model = CorpusFiles.read("003", predictions);
        Corpus targets = CorpusFiles.read("targets", predictions, CorpusFiles.Field.TARGET);

        assertThat(human.size()).isEqualTo(252);
        assertThat(model.size()).isEqualTo(252);
        assertThat(targets.texts()).isEqualTo(human.texts());
        assertThat(model.texts().get(0)).isEqualTo("Have questions about my rate? Need to adjust the scope of this project? Let me know.");
    }

    @Test
    void readsTextLinesAndSkipsBlankOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, "{\"text\":\"one\"}\n\n{\"text\":\"  two \"}\n");

        assertThat(CorpusFiles.read("c", file).texts()).containsExactly("one", "two");
    }

    @Test
    void saysWhichLineHasNoText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, "{\"text\":\"one\"}\n{\"body\":\"two\"}\n");

        assertThatThrownBy(() -> CorpusFiles.read("c", file)).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'text'");
    }
}
