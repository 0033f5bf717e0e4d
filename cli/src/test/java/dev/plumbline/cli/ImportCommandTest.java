package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private static final String GOOD = "{\"kind\":\"interaction\",\"id\":\"i-%d\",\"ts\":\"2026-11-01T10:00:00Z\","
            + "\"model\":{\"name\":\"m\",\"version\":\"v%d\"},\"prompt\":\"hi\",\"completion\":\"hello\"}";

    private String run(String... args) {
        return CommandLineRun.stdout(args);
    }

    @Test
    void aJsonlFileWithBadLinesImportsTheGoodOnesAndNamesEachBadLine() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.format(GOOD, 1, 1) + "\n\n" + "{\"kind\":\"interaction\",\"id\":\"i-2\"}\n"
                + String.format(GOOD, 3, 2) + "\n");
        String output = run("import", file.toString(), "--data", dir.resolve("data").toString(), "--no-progress");
        assertThat(output).startsWith("2\n").contains("2 accepted").contains("1 rejected").contains("line 3 at $.ts");
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("data"))) {
            assertThat(store.records().count(ProjectId.DEFAULT)).isEqualTo(2);
        }
    }

    @Test
    void aGzippedFileIsReadAndAReimportFindsOnlyDuplicates() throws Exception {
        Path file = dir.resolve("in.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 50; i++) {
                out.write((String.format(GOOD, i, i % 3) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        String data = dir.resolve("data").toString();
        assertThat(run("import", file.toString(), "--data", data, "--json", "--no-progress"))
                .startsWith("0\n").contains("\"accepted\" : 50");
        assertThat(run("import", file.toString(), "--data", data, "--json", "--no-progress"))
                .contains("\"accepted\" : 0").contains("\"duplicates\" : 50");
        assertThat(run("stats", "--data", data, "--json")).contains("\"m@v0\" : 17").contains("\"2026-11-01\" : 50");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("import", dir.resolve("nope.jsonl").toString(), "--data", dir.toString())).startsWith("2\n");
    }
}
