package dev.plumbline.server;

import static dev.plumbline.server.ServerFixture.copy;
import static dev.plumbline.server.ServerFixture.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.ProjectId;
import dev.plumbline.wire.Json;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestEndpointTest {
    @TempDir
    Path dir;

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void aBatchIsCommittedAndARepeatedIdIsADuplicateEvenAfterARestart() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> first = fixture.ndjson(interaction("i-1") + "\n" + copy("f-1", "i-1") + "\n");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json(first).get("accepted").asInt()).isEqualTo(2);
            HttpResponse<String> again = fixture.ndjson(interaction("i-1") + "\n" + interaction("i-2") + "\n");
            assertThat(json(again).get("accepted").asInt()).isEqualTo(1);
            assertThat(json(again).get("duplicates").toString()).isEqualTo("[\"i-1\"]");
        }
        try (ServerFixture restarted = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> afterRestart = restarted.ndjson(copy("f-1", "i-1") + "\n");
            assertThat(json(afterRestart).get("accepted").asInt()).isZero();
            assertThat(json(afterRestart).get("duplicates").toString()).isEqualTo("[\"f-1\"]");
            assertThat(restarted.store.records().count(ProjectId.DEFAULT)).isEqualTo(3);
        }
    }

    @Test
    void anAtomicBatchWithOneBadRecordWritesNothingAndListsEveryError() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String body = "{\"records\":[" + interaction("i-1") + ",{\"kind\":\"feedback\",\"id\":\"f\"},"
                    + interaction("i-2") + "]}";
            HttpResponse<String> response = fixture.post("/v1/ingest", "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode result = json(response);
            assertThat(result.get("committed").asBoolean()).isFalse();
            assertThat(result.get("rejected").findValuesAsText("path")).contains("$.ts", "$.type", "$.interaction_id");
            assertThat(result.get("rejected").findValues("index")).allSatisfy(i -> assertThat(i.asInt()).isEqualTo(1));
            assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isZero();
        }
    }

    @Test
    void theSkipPolicyCommitsTheValidRecordsAndListsTheSkippedOnes() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> response = fixture.post("/v1/ingest?policy=skip", "application/x-ndjson",
                    (interaction("i-1") + "\n{\"kind\":\"nope\"}\n" + interaction("i-2")).getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("accepted").asInt()).isEqualTo(2);
            assertThat(json(response).get("rejected").get(0).get("index").asInt()).isEqualTo(1);
            assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isEqualTo(2);
        }
    }

    @Test
    void feedbackForAnInteractionThatNeverArrivedIsKeptAndReportedAsAnOrphan() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> response = fixture.ndjson(copy("f-9", "i-missing"));
            assertThat(json(response).get("orphans").toString()).isEqualTo("[\"f-9\"]");
            assertThat(fixture.store.records().stats(ProjectId.DEFAULT).orphanFeedback()).isEqualTo(1);
            fixture.ndjson(interaction("i-missing"));
            assertThat(fixture.store.records().stats(ProjectId.DEFAULT).orphanFeedback()).isZero();
        }
    }

    @Test
    void aGzippedBodyIsAccepted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((interaction("i-1") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> response = fixture.post("/v1/ingest", "application/x-ndjson", bytes.toByteArray(),
                    "Content-Encoding", "gzip");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("accepted").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aBodyOverTheSizeLimitOrWithTooManyRecordsIsRefusedWith413() throws Exception {
        ServerConfig small = ServerConfig.defaults().withLimits(2048, 2, 100);
        try (ServerFixture fixture = new ServerFixture(dir, small)) {
            HttpResponse<String> big = fixture.ndjson((interaction("i-1") + "\n").repeat(20));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(json(big).get("error").get("code").asText()).isEqualTo("body_too_large");
            HttpResponse<String> many = fixture.ndjson(interaction("a") + "\n" + interaction("b") + "\n" + interaction("c"));
            assertThat(many.statusCode()).isEqualTo(413);
            assertThat(json(many).get("error").get("message").asText()).contains("more than 2 records");
            assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isZero();
        }
    }

    @Test
    void anUnsupportedContentTypeIsExplained() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> response = fixture.post("/v1/ingest", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("application/x-ndjson");
        }
    }

    @Test
    void healthAndPrometheusMetricsAnswer() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            fixture.ndjson(interaction("i-1") + "\n" + interaction("i-1"));
            assertThat(fixture.get("/healthz").statusCode()).isEqualTo(200);
            String metrics = fixture.get("/metrics").body();
            assertThat(metrics).contains("plumbline_ingested_records_total{kind=\"interaction\"} 1.0")
                    .contains("plumbline_duplicate_records_total 1.0")
                    .contains("plumbline_ingest_batch_seconds_bucket")
                    .contains("plumbline_ingest_queue_records");
        }
    }
}
