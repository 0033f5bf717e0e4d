package dev.plumbline.wire;

import static dev.plumbline.wire.OtlpFixtures.SPAN;
import static dev.plumbline.wire.OtlpFixtures.chatSpan;
import static dev.plumbline.wire.OtlpFixtures.kv;
import static dev.plumbline.wire.OtlpFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.CodedInputStream;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OtlpExportResponseTest {
    private final OtlpTraceDecoder decoder = new OtlpTraceDecoder();

    private OtlpResult oneGoodOneBadSpan() {
        return decoder.decode(request(chatSpan(SPAN).build(),
                chatSpan("0102030405060708").addAttributes(kv("gen_ai.input.messages", "not json")).build()).toByteArray(),
                "application/x-protobuf", null);
    }

    @Test
    void aFullyAcceptedExportAnswersAnEmptyResponse() throws Exception {
        OtlpResult result = decoder.decode(request(chatSpan(SPAN).build()).toByteArray(), "application/x-protobuf", null);

        assertThat(ExportTraceServiceResponse.parseFrom(OtlpExportResponse.success(result, OtlpEncoding.PROTOBUF)).hasPartialSuccess())
                .isFalse();
        assertThat(new String(OtlpExportResponse.success(result, OtlpEncoding.JSON), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void rejectedSpansAreCountedAsAPartialSuccessInBothEncodings() throws Exception {
        OtlpResult result = oneGoodOneBadSpan();

        ExportTraceServiceResponse protobuf = ExportTraceServiceResponse.parseFrom(
                OtlpExportResponse.success(result, OtlpEncoding.PROTOBUF));
        JsonNode json = Json.mapper().readTree(OtlpExportResponse.success(result, OtlpEncoding.JSON));

        assertThat(protobuf.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(result.batch().size()).isEqualTo(2);
        assertThat(result.batch().records()).singleElement().satisfies(indexed -> assertThat(indexed.index()).isZero());
        assertThat(protobuf.getPartialSuccess().getErrorMessage())
                .startsWith("record 1 at $.resourceSpans[0].scopeSpans[0].spans[1].attributes['gen_ai.input.messages']");
        assertThat(json.at("/partialSuccess/rejectedSpans").asText()).isEqualTo("1");
        assertThat(json.at("/partialSuccess/errorMessage").asText()).isEqualTo(protobuf.getPartialSuccess().getErrorMessage());
    }

    @Test
    void aFailureIsAGoogleRpcStatusWithTheMessage() throws Exception {
        CodedInputStream status = CodedInputStream.newInstance(OtlpExportResponse.failure("bad body", OtlpEncoding.PROTOBUF));

        assertThat(status.readTag()).isEqualTo(1 << 3);
        assertThat(status.readInt32()).isEqualTo(3);
        assertThat(status.readTag()).isEqualTo(2 << 3 | 2);
        assertThat(status.readString()).isEqualTo("bad body");
        assertThat(Json.mapper().readTree(OtlpExportResponse.failure("bad body", OtlpEncoding.JSON)).get("message").asText())
                .isEqualTo("bad body");
    }
}
