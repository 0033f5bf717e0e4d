package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import dev.plumbline.model.Usage;
import dev.plumbline.wire.BatchDecoder;
import dev.plumbline.wire.RecordBatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's hand-written v1 JSON must be what the server's real decoder reads, field for field. */
class EventJsonTest {
    private static final Instant TS = Instant.parse("2026-11-01T10:00:31.250Z");
    private final BatchDecoder decoder = new BatchDecoder(10_000);

    private List<Record> decode(List<? extends Event> events) {
        RecordBatch batch = decoder.decodeNdjson(EventJson.ndjson(events));
        assertThat(batch.problems()).isEmpty();
        return batch.records().stream().map(RecordBatch.IndexedRecord::record).toList();
    }

    @Test
    void interactionDecodesOnTheServerToTheSameFields() {
        InteractionEvent event = SampleEvents.interaction("i-42");
        Interaction decoded = (Interaction) decode(List.of(event)).get(0);
        assertThat(decoded.id()).isEqualTo("i-42");
        assertThat(decoded.sessionId()).contains("s-i-42");
        assertThat(decoded.userId()).contains("u-7");
        assertThat(decoded.ts()).isEqualTo(event.ts());
        assertThat(decoded.model().release()).isEqualTo("acme-assist@2026-10-01");
        assertThat(decoded.model().family()).contains("llama-3");
        assertThat(decoded.messages()).extracting(m -> m.role() + ":" + m.content()).containsExactly(
                "system:You write short, polite emails.", "user:Draft a refund email for order i-42");
        assertThat(decoded.completion()).isEqualTo(event.completion());
        assertThat(decoded.usage()).contains(new Usage(42, 17));
        assertThat(decoded.meta()).isEqualTo(Map.of("feature", "email"));
        assertThat(decoded.regenerates()).isEmpty();
    }

    @Test
    void regenerationAndPropensityTravelAsTheirV1Fields() {
        InteractionEvent event = InteractionEvent.builder().id("i-43").ts(TS).model("m", null, "").prompt("hi")
                .completion("").regenerates("i-42").feedbackPropensity(0.2).session("").user(null).build();
        Interaction decoded = (Interaction) decode(List.of(event)).get(0);
        assertThat(decoded.regenerates()).contains("i-42");
        assertThat(decoded.feedbackPropensity()).contains(0.2);
        assertThat(decoded.completion()).isEmpty();
        assertThat(decoded.sessionId()).isEmpty();
        assertThat(decoded.model().version()).isEmpty();
        assertThat(decoded.ts()).isEqualTo(TS);
    }

    @Test
    void everyFeedbackTypeIsAcceptedByTheServerDecoderWithItsPayload() {
        List<FeedbackEvent> events = List.of(
                FeedbackEvent.thumbsDown("i-1").withReason("too long").withUser("u-3"),
                FeedbackEvent.rating("i-1", 4, 5),
                FeedbackEvent.edit("i-1", "Dear Ms Lee, ..."),
                FeedbackEvent.correction("i-1", "It is 42."),
                FeedbackEvent.copy("i-1"),
                FeedbackEvent.accept("i-1"),
                FeedbackEvent.regenerate("i-1"),
                FeedbackEvent.abandon("i-1"),
                FeedbackEvent.followUp("i-1", "shorter please"),
                FeedbackEvent.choice("i-2", "i-1"),
                FeedbackEvent.outcome("i-1", "task_success", 1).withActor(Actor.system("billing")),
                FeedbackEvent.thumbsUp("i-1").withMeta("surface", "web").withTs(TS).withId("f-9"));
        List<Record> decoded = decode(events);
        assertThat(decoded).hasSize(events.size());
        assertThat(decoded).extracting(r -> ((Feedback) r).type().wireName())
                .containsExactly("thumbs", "rating", "edit", "correction", "copy", "accept", "regenerate", "abandon",
                        "follow_up", "choice", "outcome", "thumbs");
        Feedback thumbsDown = (Feedback) decoded.get(0);
        assertThat(thumbsDown.value()).contains(-1.0);
        assertThat(thumbsDown.reason()).contains("too long");
        assertThat(thumbsDown.actor().id()).contains("u-3");
        Feedback rating = (Feedback) decoded.get(1);
        assertThat(rating.value()).contains(4.0);
        assertThat(rating.scale()).contains(5.0);
        Feedback choice = (Feedback) decoded.get(9);
        assertThat(choice.interactionId()).isEqualTo("i-2");
        assertThat(choice.chosen()).containsExactly("i-2");
        assertThat(choice.rejected()).containsExactly("i-1");
        Feedback outcome = (Feedback) decoded.get(10);
        assertThat(outcome.name()).contains("task_success");
        assertThat(outcome.actor().role().wireName()).isEqualTo("system");
        Feedback last = (Feedback) decoded.get(11);
        assertThat(last.id()).isEqualTo("f-9");
        assertThat(last.ts()).isEqualTo(TS);
        assertThat(last.meta()).isEqualTo(Map.of("surface", "web"));
    }

    @Test
    void pairwiseItemAndUnparsedLabelsDecodeWithProvenanceFields() {
        List<LabelEvent> events = List.of(
                LabelEvent.pairwise("i-41", "i-42", "B", Actor.judge("gpt-4o-2024-08-06", "gpt-4"))
                        .withOrder("i-42", "i-41").withGuideline("v3").withRaw("[[B]]").withRound("r1"),
                LabelEvent.item("i-42", "4", "helpfulness-1-5", Actor.annotator("a-1")).withSawDraft(true),
                LabelEvent.unparsedPairwise("i-41", "i-42", "I cannot decide", Actor.judge("j", "gpt-4")));
        List<Record> decoded = decode(events);
        Label pairwise = (Label) decoded.get(0);
        assertThat(pairwise.subject()).isEqualTo(new LabelSubject.Pair("i-41", "i-42"));
        assertThat(pairwise.value()).isEqualTo("B");
        assertThat(pairwise.actor().family()).contains("gpt-4");
        assertThat(pairwise.order()).containsExactly("i-42", "i-41");
        assertThat(pairwise.guideline()).contains("v3");
        assertThat(pairwise.raw()).contains("[[B]]");
        assertThat(pairwise.round()).contains("r1");
        Label item = (Label) decoded.get(1);
        assertThat(item.subject()).isEqualTo(new LabelSubject.Item("i-42"));
        assertThat(item.scale()).contains("helpfulness-1-5");
        assertThat(item.sawDraft()).isTrue();
        Label unparsed = (Label) decoded.get(2);
        assertThat(unparsed.unparsed()).isTrue();
        assertThat(unparsed.raw()).contains("I cannot decide");
    }

    @Test
    void controlCharactersQuotesAndNonAsciiTextSurviveTheRoundTrip() {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 nul \u0000 é 中文 😀 \u2028 </script>";
        InteractionEvent event = InteractionEvent.builder().id("i-\"1\"").ts(TS).model("m", "v", "f").prompt(nasty)
                .completion(nasty).meta("k\n", nasty).build();
        Interaction decoded = (Interaction) decode(List.of(event)).get(0);
        assertThat(decoded.id()).isEqualTo("i-\"1\"");
        assertThat(decoded.completion()).isEqualTo(nasty);
        assertThat(decoded.lastUserMessage()).isEqualTo(nasty);
        assertThat(decoded.meta()).isEqualTo(Map.of("k\n", nasty));
    }

    @Test
    void theSameEventAlwaysEncodesToTheSameBytes() {
        InteractionEvent event = InteractionEvent.builder().id("i-1").ts(TS).model("m", "v", "f").prompt("p")
                .completion("c").meta("b", "2").meta("a", "1").build();
        assertThat(EventJson.line(event)).isEqualTo(EventJson.line(event))
                .isEqualTo("{\"schema_version\":1,\"kind\":\"interaction\",\"id\":\"i-1\",\"ts\":\"2026-11-01T10:00:31.250Z\","
                        + "\"model\":{\"name\":\"m\",\"version\":\"v\",\"family\":\"f\"},"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"p\"}],\"completion\":\"c\","
                        + "\"meta\":{\"a\":\"1\",\"b\":\"2\"}}");
    }

    @Test
    void eventsWithoutIdsGetDistinctRandomIdsAndTheCurrentTime() {
        InteractionEvent first = InteractionEvent.builder().model("m", null, null).completion("c").build();
        InteractionEvent second = InteractionEvent.builder().model("m", null, null).completion("c").build();
        assertThat(first.id()).isNotBlank().isNotEqualTo(second.id());
        assertThat(FeedbackEvent.copy(first.id()).id()).isNotEqualTo(FeedbackEvent.copy(first.id()).id());
        assertThat(first.ts()).isAfter(TS);
        assertThat(decode(List.of(first, second))).extracting(Record::id).containsExactly(first.id(), second.id());
    }

    @Test
    void largeAndFractionalNumbersAreWrittenAsValidJsonNumbers() {
        FeedbackEvent event = FeedbackEvent.outcome("i-1", "revenue", 1.5e20).withId("f-1");
        FeedbackEvent small = FeedbackEvent.outcome("i-1", "share", 0.000125).withId("f-2");
        List<Record> decoded = decode(List.of(event, small));
        assertThat(((Feedback) decoded.get(0)).value()).contains(1.5e20);
        assertThat(((Feedback) decoded.get(1)).value()).contains(0.000125);
        assertThat(((Feedback) decoded.get(1)).scale()).isEqualTo(Optional.empty());
    }
}
