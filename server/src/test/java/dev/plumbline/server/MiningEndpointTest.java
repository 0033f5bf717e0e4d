package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.wire.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiningEndpointTest {
    @TempDir
    Path dir;

    private static String ask(String id, String session, String at, String prompt, String completion, String regenerates) {
        return "{\"kind\":\"interaction\",\"id\":\"" + id + "\",\"session_id\":\"" + session + "\",\"user_id\":\"u-" + session
                + "\",\"ts\":\"2026-11-01T10:" + at + "Z\",\"model\":{\"name\":\"m\",\"version\":\"1\"},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}],\"completion\":\"" + completion + "\""
                + (regenerates == null ? "" : ",\"regenerates\":\"" + regenerates + "\"") + "}";
    }

    private static String feedback(String id, String interaction, String at, String rest) {
        return "{\"kind\":\"feedback\",\"id\":\"" + id + "\",\"interaction_id\":\"" + interaction
                + "\",\"ts\":\"2026-11-01T10:" + at + "Z\"," + rest + "}";
    }

    /** A regeneration whose second answer was copied, and an answer the user rewrote. */
    private static final String FIRST = String.join("\n",
            ask("i-1", "s-1", "00:00", "Name my cat", "Cat.", null),
            ask("i-2", "s-1", "00:20", "Name my cat", "Whiskers, after the cat in the song.", "i-1"),
            feedback("f-1", "i-2", "00:40", "\"type\":\"copy\""),
            ask("i-3", "s-2", "01:00", "Draft a refund email", "Dear customer, your refund is on its way.", null),
            feedback("f-2", "i-3", "02:00", "\"type\":\"edit\",\"text\":\"Dear Ms Lee, your refund of $40 left today.\""));

    /**
     * Later, in other sessions: the same question answered twice, one thumbed up and one down; and an
     * annotator's label agreeing with the first session's regeneration (filed under that session).
     */
    private static final String LATER = String.join("\n",
            "{\"kind\":\"label\",\"id\":\"l-1\",\"subject\":{\"pair\":[\"i-1\",\"i-2\"]},\"value\":\"B\","
                    + "\"actor\":{\"role\":\"annotator\",\"id\":\"a-1\"},\"ts\":\"2026-11-01T10:12:00Z\"}",
            ask("i-4", "s-3", "10:00", "Name my dog", "Dog.", null),
            feedback("f-3", "i-4", "10:05", "\"type\":\"thumbs\",\"value\":-1"),
            ask("i-5", "s-4", "11:00", "name my dog", "Rex, short and easy to call.", null),
            feedback("f-4", "i-5", "11:05", "\"type\":\"thumbs\",\"value\":1"));

    private static JsonNode summaryOnceItCovers(ServerFixture fixture, Predicate<JsonNode> covers) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode summary = Json.mapper().readTree(fixture.get("/v1/pairs/summary").body());
            if (covers.test(summary)) {
                return summary;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the background miner never caught up");
    }

    private static Predicate<JsonNode> storedRecords(int count) {
        return summary -> summary.path("state").asText().equals("mined") && summary.path("stored_records").asInt() == count;
    }

    @Test
    void theServerKeepsTheMinedPairsCurrentAsRecordsArrive() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults().withMineEvery(Duration.ofMillis(200)))) {
            assertThat(fixture.ndjson(FIRST).statusCode()).isEqualTo(200);
            JsonNode first = summaryOnceItCovers(fixture, storedRecords(5)).get("report");
            assertThat(first.get("pairs").asInt()).isEqualTo(2);
            assertThat(first.get("pairs_by_rule").fieldNames()).toIterable()
                    .containsExactly("PreferEditedOverOriginal", "PreferKeptOverRegenerated");
            assertThat(first.get("signals").get("copied").asInt()).isEqualTo(1);
            assertThat(first.get("sessions").asInt()).isEqualTo(2);

            assertThat(fixture.ndjson(LATER).statusCode()).isEqualTo(200);
            JsonNode later = summaryOnceItCovers(fixture, storedRecords(10)).get("report");

            assertThat(later.get("pairs").asInt()).isEqualTo(3);
            assertThat(later.get("candidates_by_rule").get("PreferLabelledWinner").asInt()).isEqualTo(1);
            assertThat(later.get("filters").get(3).get("filter").asText()).isEqualTo("exact-duplicates");
            assertThat(later.get("filters").get(3).get("removed").asInt()).isEqualTo(1);
            assertThat(later.get("pairs_by_rule").get("PreferThumbsUpOverThumbsDown").asInt()).isEqualTo(1);
            assertThat(later.get("input_watermark").asText()).isEqualTo("2026-11-01T10:12:00Z");
            assertThat(later.get("filters")).hasSize(5);
            assertThat(later.get("pairs").asInt()).isEqualTo(minedInMemory(fixture).dataset().pairs().size());
        }
    }

    @Test
    void withTheScheduleOffTheSummaryWaitsUntilAPassIsRequested() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults().withMineEvery(Duration.ZERO))) {
            assertThat(fixture.ndjson(FIRST).statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(fixture.get("/v1/pairs/summary").body()).get("state").asText())
                    .isEqualTo("pending");

            assertThat(fixture.send("POST", "/v1/pairs/mine").statusCode()).isEqualTo(202);

            JsonNode summary = summaryOnceItCovers(fixture, storedRecords(5));
            assertThat(summary.get("report").get("pairs").asInt()).isEqualTo(2);
            assertThat(summary.get("every_seconds").asInt()).isZero();
        }
    }

    private static MiningResult minedInMemory(ServerFixture fixture) {
        List<Record> all = new ArrayList<>();
        fixture.store.records().scan(ProjectId.DEFAULT, EnumSet.allOf(Kind.class), all::add);
        return Miner.mine(all, MiningConfig.DEFAULTS);
    }
}
