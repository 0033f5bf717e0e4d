package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsAYamlSuiteWithEveryCheckType() throws Exception {
        Suite suite = SuiteFiles.read(Path.of(getClass().getResource("support-suite.yaml").toURI()));

        assertThat(suite.name()).isEqualTo("support-assistant");
        assertThat(suite.repetitions()).isEqualTo(12);
        assertThat(suite.prompts()).hasSize(5);
        assertThat(suite.prompts().get(0).messages()).containsExactly(new Message("system", "Reply with JSON only."),
                Message.user("Extract the order from: 'Two apples for Ana, please.'"));
        assertThat(suite.prompts().stream().flatMap(p -> p.checks().stream()).map(Check::type).distinct())
                .containsExactlyInAnyOrder("json_schema", "format", "max_length", "hedging", "contains", "not_contains", "regex", "refusal", "judge");
        assertThat(suite.needsJudge()).isTrue();
    }

    @Test
    void readsAJsonSuiteWithMessagesAndDefaults() throws Exception {
        Path file = dir.resolve("suite.json");
        Files.writeString(file, "{\"suite\":\"s\",\"prompts\":[{\"id\":\"p\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"hello\"},{\"role\":\"user\",\"content\":\"bye\"}],"
                + "\"checks\":[{\"type\":\"contains\",\"text\":\"bye\"},{\"type\":\"contains\",\"text\":\"see\"}]}]}");

        Suite suite = SuiteFiles.read(file);

        assertThat(suite.repetitions()).isEqualTo(10);
        assertThat(suite.alpha()).isEqualTo(0.05);
        assertThat(suite.prompts().get(0).messages()).hasSize(3);
        assertThat(suite.prompts().get(0).checks()).extracting(Check::name).containsExactly("contains", "contains#2");
        assertThat(suite.needsJudge()).isFalse();
    }

    @Test
    void namesThePathOfAnUnknownKeyOrCheckType() throws Exception {
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - id: p\n    prompt: hi\n    checks:\n      - type: contains\n        txt: x\n", "s.yaml", false))
                .hasMessageContaining("s.yaml: prompts[0].checks[0]").hasMessageContaining("unknown key 'txt'");
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - id: p\n    prompt: hi\n    checks:\n      - type: sentiment\n", "s.yaml", false))
                .hasMessageContaining("unknown check type 'sentiment'");
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nrepeats: 3\nprompts: []\n", "s.yaml", false))
                .hasMessageContaining("unknown key 'repeats'");
    }

    @Test
    void rejectsBadPatternsDuplicateIdsAndPromptsWithoutChecks() {
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - id: p\n    prompt: hi\n    checks:\n      - type: regex\n        pattern: '(['\n", "s.yaml", false))
                .hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - {id: p, prompt: a, checks: [{type: refusal}]}\n  - {id: p, prompt: b, checks: [{type: refusal}]}\n", "s.yaml", false))
                .hasMessageContaining("prompt id p twice");
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - {id: p, prompt: a, checks: []}\n", "s.yaml", false))
                .hasMessageContaining("at least one message and one check");
        assertThatThrownBy(() -> SuiteFiles.parse("suite: s\nprompts:\n  - {id: p, prompt: a, messages: [], checks: [{type: refusal}]}\n", "s.yaml", false))
                .hasMessageContaining("exactly one of prompt");
    }
}
