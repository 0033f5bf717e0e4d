package dev.plumbline.wire;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** Hand-built OTLP protobuf requests for the decoder's tests. */
final class OtlpFixtures {
    static final String TRACE = "5b8efff798038103d269b633813fc60c";
    static final String SPAN = "eee19b7ec3c1b174";
    static final String OTHER_SPAN = "0102030405060708";
    /** 2026-11-01T10:00:00Z in nanoseconds. */
    static final long START = 1_793_527_200_000_000_000L;

    private OtlpFixtures() {
    }

    static ByteString id(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    static KeyValue kv(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }

    static KeyValue kv(String key, double value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setDoubleValue(value)).build();
    }

    static KeyValue kv(String key, AnyValue value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    static AnyValue list(AnyValue... values) {
        return AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder().addAllValues(Arrays.asList(values))).build();
    }

    static AnyValue object(KeyValue... entries) {
        return AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addAllValues(Arrays.asList(entries))).build();
    }

    static AnyValue text(String value) {
        return AnyValue.newBuilder().setStringValue(value).build();
    }

    /** A structured message {"role", "parts": [{"type": "text", "content"}]}, as an SDK with complex attributes sends it. */
    static AnyValue message(String role, String content) {
        return object(kv("role", role), kv("parts", list(object(kv("type", "text"), kv("content", content)))));
    }

    /** A chat span with ids, start time and model, ready for more attributes and events. */
    static Span.Builder chatSpan(String spanId) {
        return Span.newBuilder().setTraceId(id(TRACE)).setSpanId(id(spanId)).setName("chat gpt-4o")
                .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(START).setEndTimeUnixNano(START + 1_500_000_000L)
                .addAttributes(kv("gen_ai.operation.name", "chat"))
                .addAttributes(kv("gen_ai.request.model", "gpt-4o"));
    }

    static Span.Builder plainSpan(String spanId) {
        return Span.newBuilder().setTraceId(id(TRACE)).setSpanId(id(spanId)).setName("GET /orders")
                .setStartTimeUnixNano(START).setEndTimeUnixNano(START + 1000)
                .addAttributes(kv("http.request.method", "GET"));
    }

    static Span.Event.Builder evaluation(String name, double score) {
        return Span.Event.newBuilder().setName("gen_ai.evaluation.result").setTimeUnixNano(START + 2_000_000_000L)
                .addAttributes(kv("gen_ai.evaluation.name", name))
                .addAttributes(kv("gen_ai.evaluation.score.value", score));
    }

    static ExportTraceServiceRequest request(Span... spans) {
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", "support-bot")))
                .addScopeSpans(ScopeSpans.newBuilder()
                        .setScope(InstrumentationScope.newBuilder().setName("openai-instrumentation"))
                        .addAllSpans(Arrays.asList(spans))))
                .build();
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
