package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.model.Usage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class V1RoundTripTest {
    private final V1Encoder encoder = new V1Encoder();
    private final BatchDecoder decoder = new BatchDecoder(100);

    private Record roundTrip(Record record) {
        assertThat(encoder.toJson(record)).as("streamed text equals the tree's text").isEqualTo(encoder.encode(record).toString());
        byte[] json = encoder.toJson(record).getBytes(StandardCharsets.UTF_8);
        V1Decoder.Decoded decoded = decoder.decodeLine(json, 0, json.length, 0);
        assertThat(decoded.problems()).isEmpty();
        return decoded.record().orElseThrow();
    }

    @Test
    void anInteractionWithEveryFieldSurvivesEncodingAndDecoding() {
        Interaction interaction = new Interaction("i-42", Optional.of("s-7"), Optional.of("u-3"),
                Instant.parse("2026-11-01T10:00:00.123456Z"), ModelRef.of("acme-assist", "2026-10-01", "llama-3"),
                List.of(new Message("system", "Be brief."), Message.user("Draft a refund email ✉️ für Frau Müller")),
                "Dear customer, ...", Optional.of("i-41"), Optional.of(0.2), Optional.of(new Usage(12, 40)),
                Map.of("feature", "email", "segment", "free"));
        assertThat(roundTrip(interaction)).isEqualTo(interaction);
    }

    @Test
    void feedbackOfEveryShapeSurvivesEncodingAndDecoding() {
        Instant ts = Instant.parse("2026-11-01T10:00:31Z");
        Actor user = Actor.of(ActorRole.USER, "u-3");
        List<Feedback> all = List.of(
                Feedback.of("f-1", "i-42", ts, FeedbackType.THUMBS, user).withValue(-1),
                Feedback.of("f-2", "i-42", ts, FeedbackType.EDIT, user).withText("Dear Ms Lee, ..."),
                Feedback.of("f-3", "i-42", ts, FeedbackType.CHOICE, user).withChoice(List.of("i-42"), List.of("i-41")),
                Feedback.of("f-4", "i-42", ts, FeedbackType.OUTCOME, user).withName("retained_7d").withValue(1),
                Feedback.of("f-5", "i-42", ts, FeedbackType.COPY, user));
        for (Feedback feedback : all) {
            assertThat(roundTrip(feedback)).isEqualTo(feedback);
        }
    }

    @Test
    void labelsPairwiseItemAndUnparsedSurviveEncodingAndDecoding() {
        Instant ts = Instant.parse("2026-11-01T11:00:00Z");
        Label pairwise = new Label("l-1", new LabelSubject.Pair("i-41", "i-42"), "B",
                Actor.judge("gpt-4o-2024-08-06", "gpt-4"), false, Optional.of("v3"), ts, List.of("i-42", "i-41"),
                Optional.of("[[B]]"), false, Optional.empty(), Optional.of("round-2"), Map.of());
        Label item = new Label("l-2", new LabelSubject.Item("i-42"), "4", Actor.of(ActorRole.ANNOTATOR, "ann-1"), true,
                Optional.of("v3"), ts, List.of(), Optional.empty(), false, Optional.of("1-5"), Optional.empty(), Map.of());
        Label unparsed = new Label("l-3", new LabelSubject.Pair("i-41", "i-42"), "", Actor.judge("pandalm-7b", "llama"),
                false, Optional.empty(), ts, List.of(), Optional.of("garbage"), true, Optional.empty(), Optional.empty(),
                Map.of());
        assertThat(roundTrip(pairwise)).isEqualTo(pairwise);
        assertThat(roundTrip(item)).isEqualTo(item);
        assertThat(roundTrip(unparsed)).isEqualTo(unparsed);
    }

    @Test
    void theDesignDocumentsExampleLinesDecode() {
        String lines = """
                {"kind":"interaction","id":"i-42","session_id":"s-7","user_id":"u-3","ts":"2026-11-01T10:00:00Z","model":{"name":"acme-assist","version":"2026-10-01","family":"llama-3"},"messages":[{"role":"user","content":"Draft a refund email"}],"completion":"Dear customer, ...","regenerates":"i-41","feedback_propensity":0.2,"meta":{"feature":"email","segment":"free"}}
                {"kind":"feedback","id":"f-9","interaction_id":"i-42","ts":"2026-11-01T10:00:31Z","type":"edit","actor":{"role":"user","id":"u-3"},"text":"Dear Ms Lee, ..."}
                {"kind":"label","id":"l-1","subject":{"pair":["i-41","i-42"]},"value":"B","actor":{"role":"judge","id":"gpt-4o-2024-08-06","family":"gpt-4"},"saw_draft":false,"guideline":"v3","ts":"2026-11-01T11:00:00Z"}
                """;
        RecordBatch batch = decoder.decodeNdjson(lines.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).extracting(r -> r.record().id()).containsExactly("i-42", "f-9", "l-1");
    }
}
