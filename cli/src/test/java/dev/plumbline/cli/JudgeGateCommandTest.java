package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeGateCommandTest {
    private static final String INTERACTION = "{\"kind\":\"interaction\",\"id\":\"%s\",\"session_id\":\"%s\",\"user_id\":\"%s\","
            + "\"ts\":\"2026-11-01T10:00:00Z\",\"model\":{\"name\":\"gen\",\"version\":\"1\"},\"prompt\":\"%s\",\"completion\":\"%s\"}";
    private static final String LABEL = "{\"kind\":\"label\",\"id\":\"%s\",\"subject\":{\"pair\":[\"%s\",\"%s\"]},\"value\":\"%s\","
            + "\"actor\":{\"role\":\"%s\",\"id\":\"%s\"},\"ts\":\"2026-11-01T10:05:00Z\"}";

    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdout(args);
    }

    /**
     * Three annotators prefer i-2 and i-3; {@code judge} votes on the same two pairs in both orders with
     * {@code onHumanPairs} and alone on [i-5, i-6].
     */
    private String data(String judge, String firstVerdict, String secondVerdict) throws Exception {
        StringBuilder lines = new StringBuilder();
        String[][] answers = {{"i-1", "s-1", "u-1", "Name my cat", "Cat."}, {"i-2", "s-1", "u-1", "Name my cat", "Whiskers the brave."},
            {"i-3", "s-2", "u-2", "Name my dog", "Rex the loyal."}, {"i-4", "s-2", "u-2", "Name my dog", "Dog."},
            {"i-5", "s-3", "u-3", "Name my fish", "Fish."}, {"i-6", "s-3", "u-3", "Name my fish", "Nemo of the reef."}};
        for (String[] a : answers) {
            lines.append(String.format(INTERACTION, (Object[]) a)).append('\n');
        }
        for (String annotator : new String[] {"a-1", "a-2", "a-3"}) {
            lines.append(String.format(LABEL, "h-12-" + annotator, "i-1", "i-2", "B", "annotator", annotator)).append('\n');
            lines.append(String.format(LABEL, "h-34-" + annotator, "i-3", "i-4", "A", "annotator", annotator)).append('\n');
        }
        for (String order : new String[] {"ab", "ba"}) {
            lines.append(String.format(LABEL, "j-12-" + order, "i-1", "i-2", firstVerdict, "judge", judge)).append('\n');
            lines.append(String.format(LABEL, "j-34-" + order, "i-3", "i-4", secondVerdict, "judge", judge)).append('\n');
            lines.append(String.format(LABEL, "j-56-" + order, "i-5", "i-6", "B", "judge", judge)).append('\n');
        }
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, lines);
        String data = dir.resolve("data").toString();
        assertThat(run("import", file.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        return data;
    }

    @Test
    void exportDropsThePairsOfAJudgeThatDisagreesWithHumansAndSaysSoInCardAndManifest() throws Exception {
        String data = data("judge-contrarian", "A", "B");
        Path out = dir.resolve("export");

        String mined = run("mine", "--data", data);
        String exported = run("export", "--data", data, "--out", out.toString());

        assertThat(mined).startsWith("0\n").contains("filter refuse-uncalibrated-judges: removed 1")
                .contains("judge-contrarian REFUSED").contains("agreement with humans 0.000 vs human-human ceiling 1.000")
                .contains("pairs removed by judge {judge-contrarian=1}").contains("by origin {human=2}");
        assertThat(exported).startsWith("0\n").contains("judge gate: removed 1 pair(s): judge-contrarian REFUSED");
        assertThat(Files.readString(out.resolve("README.md"))).contains("| refuse-uncalibrated-judges | judge-contrarian REFUSED (")
                .contains("| 1 |");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"filter\" : \"refuse-uncalibrated-judges\"")
                .contains("is 1.000 below the human-human ceiling 1.000 (allowed margin 0.100)");
        assertThat(Files.readString(out.resolve("provenance.jsonl"))).doesNotContain("j-12-ab").doesNotContain("i-5");
    }

    @Test
    void aJudgeThatAgreesWithHumansKeepsItsPairs() throws Exception {
        String data = data("judge-good", "B", "A");

        assertThat(run("mine", "--data", data)).startsWith("0\n").contains("filter refuse-uncalibrated-judges: removed 0")
                .contains("judge-good cleared (agreement with humans 1.000 vs human-human ceiling 1.000")
                .contains("by origin {ai=1, human=2}");
    }

    @Test
    void theMarginIsConfigurable() throws Exception {
        String data = data("judge-contrarian", "A", "B");

        assertThat(run("mine", "--data", data, "--judge-margin", "1.0")).startsWith("0\n")
                .contains("filter refuse-uncalibrated-judges: removed 0").contains("judge-contrarian cleared");
    }

    @Test
    void aJudgeWithoutHumanOverlapIsRefusedUnlessAllowedWithAWarning() throws Exception {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, String.format(INTERACTION, "i-5", "s-3", "u-3", "Name my fish", "Fish.") + "\n"
                + String.format(INTERACTION, "i-6", "s-3", "u-3", "Name my fish", "Nemo of the reef.") + "\n"
                + String.format(LABEL, "j-1", "i-5", "i-6", "B", "judge", "judge-alone") + "\n");
        String data = dir.resolve("data").toString();
        run("import", file.toString(), "--data", data, "--no-progress");

        assertThat(run("mine", "--data", data)).contains("removed 1").contains("judge-alone REFUSED (no human overlap");
        assertThat(run("mine", "--data", data, "--unaudited-judges", "allow")).contains("removed 0")
                .contains("judge-alone NOT AUDITED, allowed");
        assertThat(run("mine", "--data", data, "--unaudited-judges", "maybe")).startsWith("2\n");
    }
}
