package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Feedback;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text-bearing feedback whose text a privacy setting withheld (the browser SDK's privacy switch). */
class RedactedFeedbackTest {
    private final BatchDecoder decoder = new BatchDecoder(10);

    private RecordBatch line(String json) {
        return decoder.decodeNdjson(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditWithoutTextIsAcceptedOnlyWhenItsMetaSaysTheTextWasRedacted() {
        String head = "{\"kind\":\"feedback\",\"id\":\"f\",\"interaction_id\":\"i\",\"ts\":\"2026-11-01T10:00:00Z\",\"type\":\"edit\"";

        RecordBatch redacted = line(head + ",\"meta\":{\"redacted\":\"true\"}}");
        RecordBatch withNull = line(head + ",\"text\":null,\"meta\":{\"redacted\":true}}");
        RecordBatch missing = line(head + "}");

        assertThat(redacted.problems()).isEmpty();
        assertThat(((Feedback) redacted.records().get(0).record()).text()).isEmpty();
        assertThat(withNull.problems()).isEmpty();
        assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("needs the text"));
    }

    @Test
    void aRedactedEditRoundTripsThroughTheEncoder() {
        RecordBatch batch = line("{\"kind\":\"feedback\",\"id\":\"f\",\"interaction_id\":\"i\",\"ts\":\"2026-11-01T10:00:00Z\","
                + "\"type\":\"follow_up\",\"meta\":{\"redacted\":\"true\"}}");
        Feedback feedback = (Feedback) batch.records().get(0).record();

        String encoded = new V1Encoder().encode(feedback).toString();

        assertThat(line(encoded).records()).singleElement().satisfies(r -> assertThat(r.record()).isEqualTo(feedback));
    }
}
