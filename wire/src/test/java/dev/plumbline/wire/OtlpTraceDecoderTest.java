package dev.plumbline.wire;

import static dev.plumbline.wire.OtlpFixtures.OTHER_SPAN;
import static dev.plumbline.wire.OtlpFixtures.SPAN;
import static dev.plumbline.wire.OtlpFixtures.TRACE;
import static dev.plumbline.wire.OtlpFixtures.chatSpan;
import static dev.plumbline.wire.OtlpFixtures.evaluation;
import static dev.plumbline.wire.OtlpFixtures.gzip;
import static dev.plumbline.wire.OtlpFixtures.id;
import static dev.plumbline.wire.OtlpFixtures.kv;
import static dev.plumbline.wire.OtlpFixtures.list;
import static dev.plumbline.wire.OtlpFixtures.message;
import static dev.plumbline.wire.OtlpFixtures.object;
import static dev.plumbline.wire.OtlpFixtures.plainSpan;
import static dev.plumbline.wire.OtlpFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.model.Usage;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtlpTraceDecoderTest {
    private static final String PROTOBUF = "application/x-protobuf";
    private static final String INTERACTION_ID = "otlp-" + TRACE + "-" + SPAN;

    private final OtlpTraceDecoder decoder = new OtlpTraceDecoder();

    private static Span fullChatSpan() {
        return chatSpan(SPAN)
                .addAttributes(kv("gen_ai.provider.name", "openai"))
                .addAttributes(kv("gen_ai.response.model", "gpt-4o-2024-08-06"))
                .addAttributes(kv("gen_ai.response.id", "chatcmpl-123"))
                .addAttributes(kv("gen_ai.response.finish_reasons", list(OtlpFixtures.text("stop"))))
                .addAttributes(kv("gen_ai.conversation.id", "conv-7"))
                .addAttributes(kv("user.id", "u-3"))
                .addAttributes(kv("gen_ai.usage.input_tokens", 12L))
                .addAttributes(kv("gen_ai.usage.output_tokens", 30L))
                .addAttributes(kv("gen_ai.system_instructions",
                        list(object(kv("type", "text"), kv("content", "You write polite emails.")))))
                .addAttributes(kv("gen_ai.input.messages", list(message("user", "Draft a refund email"))))
                .addAttributes(kv("gen_ai.output.messages", list(message("assistant", "Dear customer, ..."))))
                .build();
    }

    @Test
    void mapsAChatSpanWithStructuredMessagesToAnInteraction() {
        OtlpResult result = decoder.decode(request(fullChatSpan()).toByteArray(), PROTOBUF, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.spans()).isEqualTo(1);
        assertThat(result.skippedSpans()).isZero();
        Interaction interaction = (Interaction) result.recordList().get(0);
        assertThat(interaction.id()).isEqualTo(INTERACTION_ID);
        assertThat(interaction.sessionId()).contains("conv-7");
        assertThat(interaction.userId()).contains("u-3");
        assertThat(interaction.ts()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(interaction.model()).isEqualTo(ModelRef.of("gpt-4o", "gpt-4o-2024-08-06", "openai"));
        assertThat(interaction.messages()).containsExactly(new Message("system", "You write polite emails."),
                Message.user("Draft a refund email"));
        assertThat(interaction.completion()).isEqualTo("Dear customer, ...");
        assertThat(interaction.usage()).contains(new Usage(12, 30));
        assertThat(interaction.meta()).containsEntry("gen_ai.response.id", "chatcmpl-123")
                .containsEntry("gen_ai.response.finish_reasons", "stop")
                .containsEntry("service.name", "support-bot")
                .containsEntry("otel.trace_id", TRACE).containsEntry("otel.span_id", SPAN);
    }

    @Test
    void readsMessagesGivenAsJsonStringsLikeStructuredOnes() {
        Span span = chatSpan(SPAN)
                .addAttributes(kv("gen_ai.input.messages", "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\","
                        + "\"content\":\"Weather in Paris?\"}]},{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\","
                        + "\"id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":{\"location\":\"Paris\"}}]},"
                        + "{\"role\":\"tool\",\"parts\":[{\"type\":\"tool_call_response\",\"id\":\"call_1\","
                        + "\"response\":\"rainy, 57F\"}]}]"))
                .addAttributes(kv("gen_ai.output.messages", "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"reasoning\","
                        + "\"content\":\"think\"},{\"type\":\"text\",\"content\":\"It is rainy.\"}],\"finish_reason\":\"stop\"}]"))
                .build();

        Interaction interaction = (Interaction) decoder.decode(request(span).toByteArray(), PROTOBUF, "").recordList().get(0);

        assertThat(interaction.messages()).extracting(Message::role).containsExactly("user", "assistant", "tool");
        assertThat(interaction.messages().get(0).content()).isEqualTo("Weather in Paris?");
        assertThat(interaction.messages().get(1).content())
                .isEqualTo("{\"type\":\"tool_call\",\"id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":{\"location\":\"Paris\"}}");
        assertThat(interaction.completion()).isEqualTo("It is rainy.");
    }

    @Test
    void gzippedProtobufDecodesLikePlainProtobuf() {
        byte[] plain = request(fullChatSpan()).toByteArray();

        OtlpResult gzipped = decoder.decode(gzip(plain), "application/x-protobuf", "gzip");

        assertThat(gzipped.problems()).isEmpty();
        assertThat(gzipped.recordList()).isEqualTo(decoder.decode(plain, PROTOBUF, null).recordList()).hasSize(1);
    }

    @Test
    void countsAndSkipsSpansThatAreNotModelCalls() {
        Span embeddings = chatSpan(OTHER_SPAN).setAttributes(0, kv("gen_ai.operation.name", "embeddings")).build();
        Span tool = plainSpan("1111111111111111").addAttributes(kv("gen_ai.operation.name", "execute_tool"))
                .addAttributes(kv("gen_ai.tool.name", "get_weather")).build();

        OtlpResult result = decoder.decode(request(plainSpan("2222222222222222").build(), fullChatSpan(), embeddings, tool)
                .toByteArray(), PROTOBUF, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.spans()).isEqualTo(4);
        assertThat(result.skippedSpans()).isEqualTo(3);
        assertThat(result.records()).singleElement().satisfies(indexed -> {
            assertThat(indexed.index()).isEqualTo(1);
            assertThat(indexed.record().id()).isEqualTo(INTERACTION_ID);
        });
    }

    @Test
    void turnsEvaluationEventsIntoLabelsOnTheInteraction() {
        Span span = chatSpan(SPAN)
                .addEvents(evaluation("Relevance", 4.0).addAttributes(kv("gen_ai.evaluation.score.label", "relevant"))
                        .addAttributes(kv("gen_ai.evaluation.explanation", "On topic but thin.")))
                .addEvents(Span.Event.newBuilder().setName("gen_ai.evaluation.result").setTimeUnixNano(OtlpFixtures.START + 5)
                        .addAttributes(kv("gen_ai.evaluation.name", "Correctness"))
                        .addAttributes(kv("gen_ai.evaluation.score.label", "pass")))
                .build();

        List<Record> records = decoder.decode(request(span).toByteArray(), PROTOBUF, null).recordList();

        assertThat(records).hasSize(3);
        Label relevance = (Label) records.get(1);
        assertThat(relevance.id()).isEqualTo(INTERACTION_ID + "-eval-0");
        assertThat(relevance.subject()).isEqualTo(new LabelSubject.Item(INTERACTION_ID));
        assertThat(relevance.value()).isEqualTo("4");
        assertThat(relevance.scale()).contains("Relevance");
        assertThat(relevance.raw()).contains("On topic but thin.");
        assertThat(relevance.actor().role()).isEqualTo(ActorRole.JUDGE);
        assertThat(relevance.actor().id()).contains("support-bot");
        assertThat(relevance.ts()).isEqualTo(Instant.parse("2026-11-01T10:00:02Z"));
        assertThat(relevance.meta()).containsEntry("gen_ai.evaluation.score.label", "relevant");
        Label correctness = (Label) records.get(2);
        assertThat(correctness.value()).isEqualTo("pass");
        assertThat(correctness.scale()).contains("Correctness");
    }

    @Test
    void labelsTheModelCallAnEvaluationSpanPointsToByResponseIdOrParent() {
        Span evaluatorByResponse = OtlpFixtures.plainSpan("3333333333333333")
                .addEvents(evaluation("Fluency", 0.5).addAttributes(kv("gen_ai.response.id", "chatcmpl-123"))).build();
        Span evaluatorChild = OtlpFixtures.plainSpan("4444444444444444").setParentSpanId(id(SPAN))
                .addEvents(evaluation("Toxicity", 0.0)).build();

        OtlpResult result = decoder.decode(request(evaluatorByResponse, fullChatSpan(), evaluatorChild).toByteArray(),
                PROTOBUF, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.recordList()).filteredOn(record -> record instanceof Label)
                .extracting(record -> ((Label) record).subject())
                .containsExactly(new LabelSubject.Item(INTERACTION_ID), new LabelSubject.Item(INTERACTION_ID));
        assertThat(result.recordList().get(0).id()).isEqualTo("otlp-" + TRACE + "-3333333333333333-eval-0");
        assertThat(((Label) result.recordList().get(0)).value()).isEqualTo("0.5");
    }

    @Test
    void aResentSpanGetsTheSameIdsSoItIsADuplicate() {
        Span span = chatSpan(SPAN).addEvents(evaluation("Relevance", 3)).build();

        List<Record> first = decoder.decode(request(span).toByteArray(), PROTOBUF, null).recordList();
        List<Record> again = decoder.decode(gzip(request(plainSpan(OTHER_SPAN).build(), span).toByteArray()), PROTOBUF,
                "gzip").recordList();

        assertThat(again).extracting(Record::id).containsExactlyElementsOf(first.stream().map(Record::id).toList());
        assertThat(again).isEqualTo(first);
    }

    @Test
    void readsTheOlderPerMessageEventShape() {
        Span span = chatSpan(SPAN).setAttributes(0, kv("gen_ai.system", "openai"))
                .addEvents(Span.Event.newBuilder().setName("gen_ai.system.message")
                        .addAttributes(kv("gen_ai.event.content", "{\"content\":\"Be brief.\"}")))
                .addEvents(Span.Event.newBuilder().setName("gen_ai.user.message")
                        .addAttributes(kv("gen_ai.event.content", "{\"role\":\"user\",\"content\":\"Hi\"}")))
                .addEvents(Span.Event.newBuilder().setName("gen_ai.choice").addAttributes(kv("gen_ai.event.content",
                        "{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"Hello!\"}}")))
                .build();

        Interaction interaction = (Interaction) decoder.decode(request(span).toByteArray(), PROTOBUF, null).recordList().get(0);

        assertThat(interaction.messages()).containsExactly(new Message("system", "Be brief."), Message.user("Hi"));
        assertThat(interaction.completion()).isEqualTo("Hello!");
        assertThat(interaction.model().family()).contains("openai");
    }

    @Test
    void readsPromptAndCompletionAttributesOfOlderInstrumentations() {
        Span asJson = chatSpan(SPAN)
                .addEvents(Span.Event.newBuilder().setName("gen_ai.content.prompt")
                        .addAttributes(kv("gen_ai.prompt", "[{\"role\":\"user\",\"content\":\"What is 2+2?\"}]")))
                .addEvents(Span.Event.newBuilder().setName("gen_ai.content.completion")
                        .addAttributes(kv("gen_ai.completion", "[{\"role\":\"assistant\",\"content\":\"4\"}]")))
                .build();
        Span flattened = chatSpan(OTHER_SPAN)
                .addAttributes(kv("gen_ai.prompt.0.role", "system")).addAttributes(kv("gen_ai.prompt.0.content", "Be exact."))
                .addAttributes(kv("gen_ai.prompt.1.role", "user")).addAttributes(kv("gen_ai.prompt.1.content", "2+2?"))
                .addAttributes(kv("gen_ai.completion.0.role", "assistant"))
                .addAttributes(kv("gen_ai.completion.0.content", "4"))
                .addAttributes(kv("gen_ai.usage.prompt_tokens", 9L)).addAttributes(kv("gen_ai.usage.completion_tokens", 1L))
                .build();

        List<Record> records = decoder.decode(request(asJson, flattened).toByteArray(), PROTOBUF, null).recordList();

        Interaction first = (Interaction) records.get(0);
        assertThat(first.messages()).containsExactly(Message.user("What is 2+2?"));
        assertThat(first.completion()).isEqualTo("4");
        Interaction second = (Interaction) records.get(1);
        assertThat(second.messages()).containsExactly(new Message("system", "Be exact."), Message.user("2+2?"));
        assertThat(second.completion()).isEqualTo("4");
        assertThat(second.usage()).contains(new Usage(9, 1));
    }

    @Test
    void keepsAModelCallWhoseContentWasNotCapturedWithEmptyMessages() {
        Span span = chatSpan(SPAN).setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR))
                .addAttributes(kv("error.type", "timeout")).build();

        Interaction interaction = (Interaction) decoder.decode(request(span).toByteArray(), PROTOBUF, null).recordList().get(0);

        assertThat(interaction.messages()).isEmpty();
        assertThat(interaction.completion()).isEmpty();
        assertThat(interaction.model()).isEqualTo(new ModelRef("gpt-4o", Optional.empty(), Optional.empty()));
        assertThat(interaction.meta()).containsEntry("otel.status_code", "ERROR").containsEntry("error.type", "timeout");
    }

    @Test
    void letsTheApplicationNameItsOwnModelOnTheResource() {
        var request = request(fullChatSpan()).toBuilder();
        request.getResourceSpansBuilder(0).getResourceBuilder()
                .addAttributes(kv("plumbline.model.name", "acme-assist"))
                .addAttributes(kv("plumbline.model.version", "2026-10-01"))
                .addAttributes(kv("plumbline.model.family", "gpt-4"));

        Interaction interaction = (Interaction) decoder.decode(request.build().toByteArray(), PROTOBUF, null)
                .recordList().get(0);

        assertThat(interaction.model()).isEqualTo(ModelRef.of("acme-assist", "2026-10-01", "gpt-4"));
    }

    @Test
    void mappedRecordsSurviveAV1RoundTrip() {
        Span span = fullChatSpan().toBuilder().addEvents(evaluation("Relevance", 0.75)).build();
        V1Encoder encoder = new V1Encoder();
        V1Decoder v1 = new V1Decoder();

        List<Record> records = decoder.decode(request(span).toByteArray(), PROTOBUF, null).recordList();

        assertThat(records).hasSize(2).allSatisfy(record -> {
            V1Decoder.Decoded decoded = v1.decode(encoder.encode(record), 0);
            assertThat(decoded.problems()).isEmpty();
            assertThat(decoded.record()).contains(record);
        });
    }
}
