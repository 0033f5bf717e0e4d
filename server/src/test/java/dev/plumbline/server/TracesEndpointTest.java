package dev.plumbline.server;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real OpenTelemetry Java SDK's OTLP/HTTP exporter, pointed at the real server. */
class TracesEndpointTest {
    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void genAiSpansFromTheSdksProtobufExporterArriveAsInteractionsAndLabels() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String endpoint = fixture.uri("/v1/traces").toString();
            assertThat(export(OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build(), "conv-1")).isTrue();
            assertThat(export(OtlpHttpSpanExporter.builder().setEndpoint(endpoint).setCompression("gzip").build(), "conv-2")).isTrue();

            List<Record> stored = new ArrayList<>();
            fixture.store.records().scan(ProjectId.DEFAULT, Set.of(Kind.INTERACTION, Kind.LABEL), stored::add);
            assertThat(stored).filteredOn(r -> r instanceof Interaction).hasSize(2)
                    .allSatisfy(r -> assertThat(((Interaction) r).completion()).isEqualTo("Dear customer, ..."))
                    .extracting(r -> ((Interaction) r).sessionId().orElseThrow()).containsExactlyInAnyOrder("conv-1", "conv-2");
            assertThat(stored).filteredOn(r -> r instanceof Label).hasSize(2)
                    .allSatisfy(r -> assertThat(((Label) r).value()).isEqualTo("0.75"));
            assertThat(fixture.get("/metrics").body()).contains("plumbline_otlp_spans_skipped_total 2.0");
        }
    }

    @Test
    void resentSpansAreDuplicatesNotSecondRows() throws Exception {
        String body = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"5b8efff798038103d269b633813fc60c\","
                + "\"spanId\":\"eee19b7ec3c1b174\",\"name\":\"chat m\",\"startTimeUnixNano\":\"1762000000000000000\","
                + "\"endTimeUnixNano\":\"1762000001000000000\",\"attributes\":[{\"key\":\"gen_ai.operation.name\","
                + "\"value\":{\"stringValue\":\"chat\"}},{\"key\":\"gen_ai.request.model\",\"value\":{\"stringValue\":\"m\"}}]}]}]}]}";
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> first = fixture.post("/v1/traces", "application/json", body.getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> second = fixture.post("/v1/traces", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isEqualTo(1);
        }
    }

    @Test
    void anUnreadableBodyIs400AndAnUnknownMediaTypeIs415() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            assertThat(fixture.post("/v1/traces", "application/x-protobuf", new byte[] {1, 2, 3, 4}).statusCode()).isEqualTo(400);
            assertThat(fixture.post("/v1/traces", "text/plain", new byte[] {1}).statusCode()).isEqualTo(415);
            assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isZero();
        }
    }

    private static boolean export(SpanExporter exporter, String conversation) {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(stringKey("service.name"), "support-bot"))))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
                .build();
        Tracer tracer = provider.get("plumbline-test");
        Span request = tracer.spanBuilder("POST /reply").setSpanKind(SpanKind.SERVER).setStartTimestamp(START).startSpan();
        try (Scope ignored = request.makeCurrent()) {
            Span chat = tracer.spanBuilder("chat gpt-4o").setSpanKind(SpanKind.CLIENT).setStartTimestamp(START.plusMillis(100))
                    .setAttribute("gen_ai.operation.name", "chat")
                    .setAttribute("gen_ai.provider.name", "openai")
                    .setAttribute("gen_ai.request.model", "gpt-4o")
                    .setAttribute("gen_ai.conversation.id", conversation)
                    .setAttribute("gen_ai.input.messages",
                            "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Draft a refund email\"}]}]")
                    .setAttribute("gen_ai.output.messages",
                            "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"Dear customer, ...\"}]}]")
                    .setAttribute("gen_ai.usage.input_tokens", 12L)
                    .setAttribute("gen_ai.usage.output_tokens", 30L)
                    .startSpan();
            chat.addEvent("gen_ai.evaluation.result", Attributes.builder()
                    .put("gen_ai.evaluation.name", "Relevance")
                    .put("gen_ai.evaluation.score.value", 0.75).build(), START.plusSeconds(2));
            chat.end(START.plusSeconds(2));
        }
        request.end(START.plusSeconds(3));
        boolean flushed = provider.forceFlush().join(30, TimeUnit.SECONDS).isSuccess();
        provider.shutdown().join(30, TimeUnit.SECONDS);
        return flushed;
    }
}
