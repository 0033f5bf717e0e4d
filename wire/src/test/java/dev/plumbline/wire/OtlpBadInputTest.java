package dev.plumbline.wire;

import static dev.plumbline.wire.OtlpFixtures.OTHER_SPAN;
import static dev.plumbline.wire.OtlpFixtures.SPAN;
import static dev.plumbline.wire.OtlpFixtures.TRACE;
import static dev.plumbline.wire.OtlpFixtures.chatSpan;
import static dev.plumbline.wire.OtlpFixtures.gzip;
import static dev.plumbline.wire.OtlpFixtures.id;
import static dev.plumbline.wire.OtlpFixtures.kv;
import static dev.plumbline.wire.OtlpFixtures.list;
import static dev.plumbline.wire.OtlpFixtures.object;
import static dev.plumbline.wire.OtlpFixtures.plainSpan;
import static dev.plumbline.wire.OtlpFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.RecordProblem;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad bodies and bad spans get precise problems: the span's index and the OTLP JSON path of the field. */
class OtlpBadInputTest {
    private static final String PROTOBUF = "application/x-protobuf";
    private static final String SPAN_PATH = "$.resourceSpans[0].scopeSpans[0].spans[0]";

    private final OtlpTraceDecoder decoder = new OtlpTraceDecoder();

    private OtlpResult decode(Span... spans) {
        return decoder.decode(request(spans).toByteArray(), PROTOBUF, null);
    }

    private OtlpResult decodeJson(String body) {
        return decoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json", null);
    }

    @Test
    void bytesThatAreNotProtobufAreOneProblemForTheWholeBody() {
        OtlpResult result = decoder.decode(new byte[] {(byte) 0x0a, (byte) 0xff, 0x01}, PROTOBUF, null);

        assertThat(result.unreadable()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(-1);
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.reason()).startsWith("is not an OTLP ExportTraceServiceRequest in protobuf");
        });
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        OtlpResult result = decodeJson("{\"resourceSpans\": [\n  {\"scopeSpans\": [}]}");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(-1);
            assertThat(problem.reason()).startsWith("malformed JSON (line 2, column 19)");
        });
    }

    @Test
    void aBodyDeclaredGzipThatIsNotGzipIsAProblem() {
        OtlpResult result = decoder.decode("{}".getBytes(StandardCharsets.UTF_8), "application/json", "gzip");

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("could not be inflated"));
    }

    @Test
    void base64IdsInJsonAreRejectedAtTheirPathWhileOtherSpansGoThrough() {
        String body = """
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                  {"traceId": "W47/95gDgQPSabYzgT/GDA==", "spanId": "%s", "startTimeUnixNano": "1793527200000000000",
                   "attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}}]},
                  {"traceId": "%s", "spanId": "%s", "startTimeUnixNano": "1793527200000000000",
                   "attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}}]}
                ]}]}]}
                """.formatted(SPAN, TRACE, OTHER_SPAN);

        OtlpResult result = decodeJson(body);

        assertThat(result.problems()).containsExactly(new RecordProblem(0, SPAN_PATH + ".traceId",
                "must be 32 hex digits (OTLP/JSON ids are hex, not base64), was 'W47/95gDgQPSabYzgT/GDA=='"));
        assertThat(result.rejectedSpans()).isEqualTo(1);
        assertThat(result.records()).singleElement().satisfies(indexed -> assertThat(indexed.index()).isEqualTo(1));
    }

    @Test
    void wrongJsonTypesInsideASpanArePreciseProblems() {
        String body = """
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                  {"traceId": "%s", "spanId": "%s", "startTimeUnixNano": -5, "kind": "CLIENT",
                   "attributes": [{"key": "gen_ai.usage.input_tokens", "value": {"intValue": "twelve"}}, {"value": {}}]}
                ]}]}]}
                """.formatted(TRACE, SPAN);

        OtlpResult result = decodeJson(body);

        assertThat(result.problems()).extracting(RecordProblem::index).containsOnly(0);
        assertThat(result.problems()).extracting(RecordProblem::path).containsExactly(SPAN_PATH + ".kind",
                SPAN_PATH + ".startTimeUnixNano", SPAN_PATH + ".attributes[0].value.intValue",
                SPAN_PATH + ".attributes[1].key");
    }

    @Test
    void messagesThatAreNotValidJsonAreAProblemAtTheAttribute() {
        OtlpResult result = decode(chatSpan(SPAN).addAttributes(kv("gen_ai.input.messages", "[{\"role\": \"user\",")).build());

        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(SPAN_PATH + ".attributes['gen_ai.input.messages']");
            assertThat(problem.reason()).startsWith("must be a JSON array of messages, but is not valid JSON");
        });
    }

    @Test
    void aMessageWithoutRoleOrWithABadPartIsAProblemAtTheElement() {
        Span span = chatSpan(SPAN)
                .addAttributes(kv("gen_ai.input.messages", "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"hi\"}]},"
                        + "{\"parts\":[]}]"))
                .addAttributes(kv("gen_ai.output.messages", list(object(kv("role", "assistant"),
                        kv("parts", list(object(kv("type", "text"), kv("content", 7L))))))))
                .build();

        OtlpResult result = decode(span);

        assertThat(result.problems()).extracting(RecordProblem::path).containsExactly(
                SPAN_PATH + ".attributes['gen_ai.input.messages'][1].role",
                SPAN_PATH + ".attributes['gen_ai.output.messages'][0].parts[0].content");
        assertThat(result.records()).isEmpty();
    }

    @Test
    void aModelCallWithoutModelOrStartOrWithBadCountsIsRejectedWithEveryProblem() {
        Span span = Span.newBuilder().setTraceId(id(TRACE)).setSpanId(id(SPAN))
                .addAttributes(kv("gen_ai.operation.name", "chat"))
                .addAttributes(kv("gen_ai.usage.input_tokens", -3L))
                .addAttributes(kv("gen_ai.conversation.id", 42L))
                .build();

        OtlpResult result = decode(span, chatSpan(OTHER_SPAN).build());

        assertThat(result.problems()).containsExactly(
                new RecordProblem(0, SPAN_PATH + ".startTimeUnixNano",
                        "is required: the span's start in nanoseconds since the epoch"),
                new RecordProblem(0, SPAN_PATH + ".attributes['gen_ai.request.model']",
                        "is required on a model-call span: the model's name (or give gen_ai.response.model)"),
                new RecordProblem(0, SPAN_PATH + ".attributes['gen_ai.usage.input_tokens']",
                        "must be a non-negative whole number, was the int -3"),
                new RecordProblem(0, SPAN_PATH + ".attributes['gen_ai.conversation.id']",
                        "must be a string, was the int 42"));
        assertThat(result.records()).singleElement().satisfies(indexed -> assertThat(indexed.index()).isEqualTo(1));
        assertThat(result.skippedSpans()).isZero();
    }

    @Test
    void aModelCallWithBadIdsIsAProblemBecauseItsIdCannotBeDerived() {
        Span span = chatSpan(SPAN).setTraceId(id("00000000000000000000000000000000")).setSpanId(id("0102")).build();

        assertThat(decode(span).problems()).containsExactly(
                new RecordProblem(0, SPAN_PATH + ".traceId", "must not be all zero (an invalid id)"),
                new RecordProblem(0, SPAN_PATH + ".spanId", "must be 8 bytes (16 hex digits in JSON), was 2 bytes"));
    }

    @Test
    void anEvaluationWithoutNameOrScoreOrSubjectIsAProblemAtTheEvent() {
        Span orphan = plainSpan(OTHER_SPAN).addEvents(Span.Event.newBuilder().setName("gen_ai.evaluation.result")
                .addAttributes(kv("gen_ai.evaluation.score.value", "high"))).build();

        OtlpResult result = decode(orphan);

        String event = SPAN_PATH + ".events[0]";
        assertThat(result.problems()).extracting(RecordProblem::path).containsExactly(event,
                event + ".attributes['gen_ai.evaluation.name']", event + ".attributes['gen_ai.evaluation.score.value']");
        assertThat(result.problems().get(2).reason()).isEqualTo("must be a finite number, was the string 'high'");
    }

    @Test
    void unsupportedMediaTypesAndEncodingsThrowForA415() {
        byte[] body = request(chatSpan(SPAN).build()).toByteArray();

        assertThatThrownBy(() -> decoder.decode(body, "text/plain", null))
                .isInstanceOf(OtlpTraceDecoder.UnsupportedMediaType.class).hasMessageContaining("application/x-protobuf");
        assertThatThrownBy(() -> decoder.decode(body, null, null)).isInstanceOf(OtlpTraceDecoder.UnsupportedMediaType.class);
        assertThatThrownBy(() -> decoder.decode(body, PROTOBUF, "br"))
                .isInstanceOf(OtlpTraceDecoder.UnsupportedMediaType.class).hasMessageContaining("Content-Encoding 'br'");
    }

    @Test
    void aGzipBombOrTooManySpansThrowsForA413() {
        byte[] zeros = new byte[2_000_000];
        OtlpTraceDecoder small = new OtlpTraceDecoder(1_000_000, 2);
        Span[] three = new Span[3];
        Arrays.fill(three, plainSpan(SPAN).build());

        assertThatThrownBy(() -> small.decode(gzip(zeros), PROTOBUF, "gzip")).isInstanceOf(OtlpTraceDecoder.BodyTooLarge.class);
        assertThatThrownBy(() -> small.decode(request(three).toByteArray(), PROTOBUF, null))
                .isInstanceOf(BatchDecoder.TooManyRecords.class);
    }
}
