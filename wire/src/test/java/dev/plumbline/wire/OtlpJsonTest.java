package dev.plumbline.wire;

import static dev.plumbline.wire.OtlpFixtures.SPAN;
import static dev.plumbline.wire.OtlpFixtures.TRACE;
import static dev.plumbline.wire.OtlpFixtures.chatSpan;
import static dev.plumbline.wire.OtlpFixtures.evaluation;
import static dev.plumbline.wire.OtlpFixtures.gzip;
import static dev.plumbline.wire.OtlpFixtures.kv;
import static dev.plumbline.wire.OtlpFixtures.list;
import static dev.plumbline.wire.OtlpFixtures.message;
import static dev.plumbline.wire.OtlpFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OTLP/JSON: hex ids, integer enums, 64-bit integers as strings, attribute values as {"stringValue": ...}. */
class OtlpJsonTest {
    private final OtlpTraceDecoder decoder = new OtlpTraceDecoder();

    /** The same export as {@link #sameExportAsProtobuf()}, written as the SDKs write OTLP/JSON. */
    private static final String EXPORT = """
            {"resourceSpans": [{
              "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "support-bot"}}]},
              "scopeSpans": [{
                "scope": {"name": "openai-instrumentation"},
                "spans": [{
                  "traceId": "%s", "spanId": "%s", "name": "chat gpt-4o", "kind": 3,
                  "startTimeUnixNano": "1793527200000000000", "endTimeUnixNano": 1793527201500000000,
                  "attributes": [
                    {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                    {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
                    {"key": "gen_ai.provider.name", "value": {"stringValue": "openai"}},
                    {"key": "gen_ai.conversation.id", "value": {"stringValue": "conv-7"}},
                    {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "12"}},
                    {"key": "gen_ai.usage.output_tokens", "value": {"intValue": 30}},
                    {"key": "gen_ai.input.messages", "value": {"arrayValue": {"values": [{"kvlistValue": {"values": [
                      {"key": "role", "value": {"stringValue": "user"}},
                      {"key": "parts", "value": {"arrayValue": {"values": [{"kvlistValue": {"values": [
                        {"key": "type", "value": {"stringValue": "text"}},
                        {"key": "content", "value": {"stringValue": "Draft a refund email"}}]}}]}}}]}}]}}},
                    {"key": "gen_ai.output.messages", "value": {"stringValue":
                      "[{\\"role\\":\\"assistant\\",\\"parts\\":[{\\"type\\":\\"text\\",\\"content\\":\\"Dear customer, ...\\"}]}]"}}
                  ],
                  "events": [{"timeUnixNano": "1793527202000000000", "name": "gen_ai.evaluation.result", "attributes": [
                    {"key": "gen_ai.evaluation.name", "value": {"stringValue": "Relevance"}},
                    {"key": "gen_ai.evaluation.score.value", "value": {"doubleValue": 4.0}}]}],
                  "status": {"code": 1},
                  "someFutureField": {"ignored": true}
                }]
              }]
            }]}
            """.formatted(TRACE.toUpperCase(), SPAN);

    private static Span sameExportAsProtobuf() {
        return chatSpan(SPAN)
                .addAttributes(kv("gen_ai.provider.name", "openai"))
                .addAttributes(kv("gen_ai.conversation.id", "conv-7"))
                .addAttributes(kv("gen_ai.usage.input_tokens", 12L))
                .addAttributes(kv("gen_ai.usage.output_tokens", 30L))
                .addAttributes(kv("gen_ai.input.messages", list(message("user", "Draft a refund email"))))
                .addAttributes(kv("gen_ai.output.messages", list(message("assistant", "Dear customer, ..."))))
                .addEvents(evaluation("Relevance", 4.0))
                .build();
    }

    @Test
    void decodesOtlpJsonToTheSameRecordsAsTheSameExportInProtobuf() {
        OtlpResult json = decoder.decode(EXPORT.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8", null);
        OtlpResult protobuf = decoder.decode(request(sameExportAsProtobuf()).toByteArray(), "application/x-protobuf", null);

        assertThat(json.problems()).isEmpty();
        assertThat(json.recordList()).hasSize(2).isEqualTo(protobuf.recordList());
        Interaction interaction = (Interaction) json.recordList().get(0);
        assertThat(interaction.id()).isEqualTo("otlp-" + TRACE + "-" + SPAN);
        assertThat(interaction.completion()).isEqualTo("Dear customer, ...");
        assertThat(((Label) json.recordList().get(1)).value()).isEqualTo("4");
    }

    @Test
    void gzippedJsonDecodesLikePlainJson() {
        byte[] plain = EXPORT.getBytes(StandardCharsets.UTF_8);

        List<Record> gzipped = decoder.decode(gzip(plain), "application/json", "gzip").recordList();

        assertThat(gzipped).hasSize(2).isEqualTo(decoder.decode(plain, "application/json", null).recordList());
    }

    @Test
    void readsEnumNamesAndSkipsSpansThatAreNotGenAi() {
        String body = """
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                  {"traceId": "%s", "spanId": "1111111111111111", "name": "GET /", "kind": "SPAN_KIND_SERVER",
                   "startTimeUnixNano": "1793527200000000000", "status": {"code": "STATUS_CODE_OK"}},
                  {"traceId": "%s", "spanId": "2222222222222222", "name": "db"}
                ]}]}]}
                """.formatted(TRACE, TRACE);

        OtlpResult result = decoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json", null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.spans()).isEqualTo(2);
        assertThat(result.skippedSpans()).isEqualTo(2);
        assertThat(result.records()).isEmpty();
    }

    @Test
    void anEmptyExportIsValidAndEmpty() {
        OtlpResult result = decoder.decode("{}".getBytes(StandardCharsets.UTF_8), "application/json", null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.spans()).isZero();
    }
}
