package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Journal entries outlive the process that wrote them (they are replayed after a crash or an
 * upgrade), so their byte layout is pinned here against a reference written the way the first
 * journal wrote it: big-endian numbers, each text as its UTF-8 length (-1 for null) and bytes.
 */
class IngestJournalLayoutTest {
    private static final ProjectId PROJECT = new ProjectId("acme");
    private static final List<RecordRow> ROWS = List.of(
            new RecordRow("interaction", "i-1", 1_793_000_000_123_456L, 20_752, "s-1", "u-1", null, null, "acme-assist",
                    "2026-10-01", "llama-3", null, null, "{\"kind\":\"interaction\",\"text\":\"Grüße 你好 😀\"}"),
            new RecordRow("feedback", "f-1", -5L, -1, null, null, "i-1", "thumbs", null, null, null, "user", "u-1", "{}"));

    @Test
    void entriesAreWrittenByteForByteInTheJournalsFirstLayout() throws IOException {
        assertThat(IngestJournal.encode(PROJECT, ROWS)).isEqualTo(reference(PROJECT, ROWS));
    }

    @Test
    void entriesInTheFirstLayoutReadBackAsTheRowsWritten() throws IOException {
        IngestJournal.Entry entry = IngestJournal.decode(42, reference(PROJECT, ROWS));

        assertThat(entry.seq()).isEqualTo(42);
        assertThat(entry.project()).isEqualTo(PROJECT);
        assertThat(entry.rows()).isEqualTo(ROWS);
    }

    private static byte[] reference(ProjectId project, List<RecordRow> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, project.value());
            out.writeInt(rows.size());
            for (RecordRow row : rows) {
                text(out, row.kind());
                text(out, row.id());
                out.writeLong(row.tsMicros());
                out.writeInt(row.day());
                for (String value : Arrays.asList(row.sessionId(), row.userId(), row.interactionId(), row.type(),
                        row.modelName(), row.modelVersion(), row.modelFamily(), row.actorRole(), row.actorId(), row.body())) {
                    text(out, value);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
