package dev.plumbline.wire;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.model.Usage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.KeyValue;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.internal.HttpExporter;
import io.opentelemetry.exporter.otlp.internal.HttpExporterBuilder;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.internal.StandardComponentId;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with the real OpenTelemetry Java SDK: its OTLP/HTTP exporter sends GenAI spans to a
 * real HTTP server on a random port, whose {@code /v1/traces} handler feeds the body to {@link
 * OtlpTraceDecoder} and answers as OTLP/HTTP requires.
 */
class OtlpSdkExportTest {
    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    private final OtlpTraceDecoder decoder = new OtlpTraceDecoder();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    /** One request as the server saw it, and what the decoder made of it. */
    private record Received(byte[] body, String contentType, String contentEncoding, OtlpResult result) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", this::traces);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    private void traces(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String contentEncoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        OtlpEncoding encoding = OtlpEncoding.fromContentType(contentType);
        OtlpResult result = decoder.decode(body, contentType, contentEncoding);
        received.add(new Received(body, contentType, contentEncoding, result));
        byte[] response = result.unreadable()
                ? OtlpExportResponse.failure(OtlpExportResponse.summary(result.problems()), encoding)
                : OtlpExportResponse.success(result, encoding);
        exchange.getResponseHeaders().set("Content-Type", encoding.contentType());
        exchange.sendResponseHeaders(result.unreadable() ? 400 : 200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    @Test
    void theSdksProtobufExporterDeliversGenAiSpansAsInteractionsAndLabels() {
        boolean exported = export(OtlpHttpSpanExporter.builder().setEndpoint(endpoint()).build());

        assertThat(exported).isTrue();
        assertThat(received).isNotEmpty().allSatisfy(request -> {
            assertThat(request.contentType()).isEqualTo("application/x-protobuf");
            assertThat(request.contentEncoding()).isNull();
        });
        assertThat(outputMessagesAsSent()).isEqualTo(AnyValue.ValueCase.ARRAY_VALUE);
        assertDecoded();
    }

    /** How the SDK encoded gen_ai.output.messages: structured, so the decoder's structured path is what ran. */
    private AnyValue.ValueCase outputMessagesAsSent() {
        return received.stream().flatMap(request -> parse(request.body()).getResourceSpansList().stream())
                .flatMap(resource -> resource.getScopeSpansList().stream())
                .flatMap(scope -> scope.getSpansList().stream())
                .flatMap(span -> span.getAttributesList().stream())
                .filter(attribute -> attribute.getKey().equals("gen_ai.output.messages"))
                .map(attribute -> attribute.getValue().getValueCase())
                .findFirst().orElse(AnyValue.ValueCase.VALUE_NOT_SET);
    }

    private static ExportTraceServiceRequest parse(byte[] body) {
        try {
            return ExportTraceServiceRequest.parseFrom(body);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("the SDK sent no valid protobuf", e);
        }
    }

    @Test
    void theSdksGzipCompressedExportDecodesTheSame() {
        boolean exported = export(OtlpHttpSpanExporter.builder().setEndpoint(endpoint()).setCompression("gzip").build());

        assertThat(exported).isTrue();
        assertThat(received).isNotEmpty().allSatisfy(request -> assertThat(request.contentEncoding()).isEqualTo("gzip"));
        assertDecoded();
    }

    @Test
    void theSdksOtlpJsonEncodingDecodesTheSame() {
        boolean exported = export(new JsonSpanExporter(endpoint()));

        assertThat(exported).isTrue();
        assertThat(received).isNotEmpty().allSatisfy(request -> {
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(request.contentEncoding()).isEqualTo("gzip");
        });
        assertDecoded();
    }

    /** Emits the spans of one request to a product: an HTTP server span and, inside it, a chat call that is evaluated. */
    private boolean export(SpanExporter exporter) {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(stringKey("service.name"), "support-bot"))))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
                .build();
        Tracer tracer = provider.get("plumbline-test");
        Span request = tracer.spanBuilder("POST /reply").setSpanKind(SpanKind.SERVER).setStartTimestamp(START).startSpan();
        Scope scope = request.makeCurrent();
        try {
            chat(tracer);
        } finally {
            scope.close();
        }
        request.end(START.plusSeconds(3));
        boolean flushed = provider.forceFlush().join(30, TimeUnit.SECONDS).isSuccess();
        provider.shutdown().join(30, TimeUnit.SECONDS);
        return flushed;
    }

    private static void chat(Tracer tracer) {
        Span chat = tracer.spanBuilder("chat gpt-4o").setSpanKind(SpanKind.CLIENT).setStartTimestamp(START.plusMillis(100))
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.provider.name", "openai")
                .setAttribute("gen_ai.request.model", "gpt-4o")
                .setAttribute("gen_ai.conversation.id", "conv-7")
                .setAttribute("user.id", "u-3")
                .startSpan();
        chat.setAttribute("gen_ai.input.messages",
                "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Draft a refund email\"}]}]");
        // The structured form the conventions prefer, through the API's complex attribute values.
        chat.setAttribute(AttributeKey.valueKey("gen_ai.output.messages"), Value.of(Value.of(
                KeyValue.of("role", Value.of("assistant")),
                KeyValue.of("parts", Value.of(Value.of(KeyValue.of("type", Value.of("text")),
                        KeyValue.of("content", Value.of("Dear customer, ..."))))),
                KeyValue.of("finish_reason", Value.of("stop")))));
        chat.setAttribute("gen_ai.response.model", "gpt-4o-2024-08-06");
        chat.setAttribute("gen_ai.response.id", "chatcmpl-123");
        chat.setAttribute("gen_ai.usage.input_tokens", 12L);
        chat.setAttribute("gen_ai.usage.output_tokens", 30L);
        chat.addEvent("gen_ai.evaluation.result", Attributes.builder()
                .put("gen_ai.evaluation.name", "Relevance")
                .put("gen_ai.evaluation.score.value", 0.75)
                .put("gen_ai.evaluation.score.label", "relevant")
                .put("gen_ai.evaluation.explanation", "On topic.").build(), START.plusSeconds(2));
        chat.end(START.plusSeconds(2));
    }

    private void assertDecoded() {
        List<RecordProblem> problems = received.stream().flatMap(r -> r.result().problems().stream()).collect(Collectors.toList());
        List<Record> records = new ArrayList<>();
        received.forEach(r -> records.addAll(r.result().recordList()));
        assertThat(problems).isEmpty();
        assertThat(received.stream().mapToInt(r -> r.result().spans()).sum()).isEqualTo(2);
        assertThat(received.stream().mapToInt(r -> r.result().skippedSpans()).sum()).isEqualTo(1);
        assertThat(records).hasSize(2);

        Interaction interaction = (Interaction) records.get(0);
        assertThat(interaction.id()).matches("otlp-[0-9a-f]{32}-[0-9a-f]{16}");
        assertThat(interaction.sessionId()).contains("conv-7");
        assertThat(interaction.userId()).contains("u-3");
        assertThat(interaction.ts()).isEqualTo(START.plusMillis(100));
        assertThat(interaction.model()).isEqualTo(ModelRef.of("gpt-4o", "gpt-4o-2024-08-06", "openai"));
        assertThat(interaction.messages()).containsExactly(Message.user("Draft a refund email"));
        assertThat(interaction.completion()).isEqualTo("Dear customer, ...");
        assertThat(interaction.usage()).contains(new Usage(12, 30));
        assertThat(interaction.meta()).containsEntry("service.name", "support-bot");

        Label label = (Label) records.get(1);
        assertThat(label.subject()).isEqualTo(new LabelSubject.Item(interaction.id()));
        assertThat(label.value()).isEqualTo("0.75");
        assertThat(label.scale()).contains("Relevance");
        assertThat(label.raw()).contains("On topic.");
        assertThat(label.ts()).isEqualTo(START.plusSeconds(2));
        assertThat(label.meta()).containsEntry("gen_ai.evaluation.score.label", "relevant");
        assertThat(label.guideline()).isEqualTo(Optional.empty());
    }

    /**
     * The SDK's own OTLP/JSON over HTTP. {@code OtlpHttpSpanExporter} has no public JSON switch, so
     * this drives the same internal exporter it is built on with {@code exportAsJson()}; internal
     * classes may move between SDK releases.
     */
    private static final class JsonSpanExporter implements SpanExporter {
        private final HttpExporter delegate;

        JsonSpanExporter(String endpoint) {
            delegate = new HttpExporterBuilder(StandardComponentId.ExporterType.OTLP_HTTP_JSON_SPAN_EXPORTER, endpoint)
                    .exportAsJson().setCompression("gzip").build();
        }

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return delegate.export(TraceRequestMarshaler.create(spans), spans.size());
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return delegate.shutdown();
        }
    }
}
