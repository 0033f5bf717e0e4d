package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.RecordProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class V1DecoderErrorsTest {
    private final BatchDecoder decoder = new BatchDecoder(3);

    private RecordBatch ndjson(String text) {
        return decoder.decodeNdjson(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyProblemOfARecordIsReportedWithItsIndexAndFieldPath() {
        RecordBatch batch = ndjson("""
                {"kind":"interaction","id":"i-1","ts":"2026-11-01T10:00:00Z","model":{"name":"m"},"messages":[{"role":"user","content":"hi"}],"completion":"hello"}
                {"kind":"interaction","ts":"yesterday","model":{},"messages":[{"role":"user","content":7}],"completion":3}
                """);
        assertThat(batch.records()).hasSize(1);
        assertThat(batch.problems()).extracting(RecordProblem::index).containsOnly(1);
        assertThat(batch.problems()).extracting(RecordProblem::path)
                .contains("$.id", "$.ts", "$.model.name", "$.messages[0].content", "$.completion");
    }

    @Test
    void unknownKindTypeAndSchemaVersionAreRejectedWithTheExpectedValues() {
        RecordBatch batch = ndjson("""
                {"kind":"thumb","id":"x"}
                {"kind":"feedback","id":"f","interaction_id":"i","ts":"2026-11-01T10:00:00Z","type":"like"}
                {"kind":"feedback","schema_version":2,"id":"f2"}
                """);
        assertThat(batch.problems()).hasSize(3);
        assertThat(batch.problems().get(0).reason()).contains("unknown kind 'thumb'").contains("interaction, feedback, label");
        assertThat(batch.problems().get(1).path()).isEqualTo("$.type");
        assertThat(batch.problems().get(1).reason()).contains("unknown feedback type 'like'");
        assertThat(batch.problems().get(2).path()).isEqualTo("$.schema_version");
    }

    @Test
    void malformedJsonNamesTheLineAndColumnAndOtherLinesStillDecode() {
        RecordBatch batch = ndjson("""
                {"kind":"feedback","id":"f","interaction_id":"i","ts":"2026-11-01T10:00:00Z","type":"copy"}
                {"kind":"feedback", "id": }
                """);
        assertThat(batch.records()).hasSize(1);
        assertThat(batch.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.reason()).startsWith("malformed JSON (line 1, column");
        });
    }

    @Test
    void invalidUtf8IsAPreciseProblemNotACrash() {
        byte[] good = "{\"kind\":\"feedback\",\"id\":\"f\",\"interaction_id\":\"i\",\"ts\":\"2026-11-01T10:00:00Z\",\"type\":\"follow_up\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[good.length + 4];
        System.arraycopy(good, 0, body, 0, good.length);
        body[good.length] = (byte) 0xC3;
        body[good.length + 1] = (byte) 0x28;
        body[good.length + 2] = '"';
        body[good.length + 3] = '}';
        RecordBatch batch = decoder.decodeNdjson(body);
        assertThat(batch.records()).isEmpty();
        assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("UTF-8"));
    }

    @Test
    void feedbackWithoutItsTypeSpecificFieldsIsRejected() {
        RecordBatch batch = ndjson("""
                {"kind":"feedback","id":"a","interaction_id":"i","ts":"2026-11-01T10:00:00Z","type":"thumbs","value":5}
                {"kind":"feedback","id":"b","interaction_id":"i","ts":"2026-11-01T10:00:00Z","type":"edit"}
                {"kind":"feedback","id":"c","interaction_id":"i","ts":"2026-11-01T10:00:00Z","type":"choice","chosen":"i"}
                """);
        assertThat(batch.problems()).extracting(RecordProblem::path).containsExactly("$.value", "$.text", "$.rejected");
    }

    @Test
    void aJsonBatchOverTheRecordLimitIsRefusedAsAWhole() {
        String record = "{\"kind\":\"feedback\",\"id\":\"a\",\"interaction_id\":\"i\",\"ts\":\"2026-11-01T10:00:00Z\",\"type\":\"copy\"}";
        String body = "{\"records\":[" + String.join(",", record, record, record, record) + "]}";
        assertThatThrownBy(() -> decoder.decodeJsonBatch(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchDecoder.TooManyRecords.class).hasMessageContaining("more than 3 records");
    }

    @Test
    void aJsonBatchWithoutARecordsArrayIsExplained() {
        RecordBatch batch = decoder.decodeJsonBatch("[1,2]".getBytes(StandardCharsets.UTF_8));
        assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("{\"records\": [...]}"));
    }
}
