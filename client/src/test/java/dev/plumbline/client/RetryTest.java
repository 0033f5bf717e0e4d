package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.client.FlakyFront.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures between the client and the real server, scripted by a {@link FlakyFront}. */
class RetryTest {
    @TempDir
    Path data;
    RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(data);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static List<String> idsOf(List<? extends Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void overloadAndServerErrorsAreRetriedUntilTheServerRecoversWithNoLossAndNoDuplicates() throws Exception {
        List<InteractionEvent> events = SampleEvents.interactions("i", 200);
        List<Step> script = List.of(Step.fail(503, "0"), Step.fail(429, "1"), Step.fail(408), Step.fail(500),
                Step.fail(502));
        try (FlakyFront front = new FlakyFront(server.url(), script);
                PlumblineClient client = PlumblineClientTest.client(front.url()).batchSize(50).build()) {
            events.forEach(client::record);
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            ClientStats stats = client.stats();
            assertThat(stats.retries()).isEqualTo(5);
            assertThat(stats.acknowledged()).isEqualTo(200);
            assertThat(stats.duplicates()).isZero();
            assertThat(stats.dropped()).isZero();
            assertThat(front.requests).hasSize(4 + 5);
            assertThat(front.requests.subList(0, 6)).allSatisfy(ids -> assertThat(ids).isEqualTo(front.requests.get(0)));
        }
        assertThat(server.storedIds()).containsExactlyInAnyOrderElementsOf(idsOf(events));
    }

    @Test
    void aBatchWhoseAnswerWasLostIsResentWithTheSameIdsAndStoredOnce() throws Exception {
        List<InteractionEvent> events = SampleEvents.interactions("i", 100);
        try (FlakyFront front = new FlakyFront(server.url(), List.of(Step.loseAnswer()));
                PlumblineClient client = PlumblineClientTest.client(front.url()).batchSize(100).build()) {
            events.forEach(client::record);
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            ClientStats stats = client.stats();
            assertThat(stats.retries()).isEqualTo(1);
            assertThat(stats.acknowledged()).isEqualTo(100);
            assertThat(stats.duplicates()).isEqualTo(100);
            assertThat(front.requests).hasSize(2);
            assertThat(front.requests.get(1)).isEqualTo(front.requests.get(0)).isEqualTo(idsOf(events));
        }
        assertThat(server.storedIds()).hasSize(100).containsExactlyInAnyOrderElementsOf(idsOf(events));
    }

    @Test
    void aClientErrorIsCountedAsRejectedAndNeverRetriedAndLaterBatchesStillGoThrough() throws Exception {
        try (FlakyFront front = new FlakyFront(server.url(), List.of(Step.fail(400)));
                PlumblineClient client = PlumblineClientTest.client(front.url()).batchSize(10).build()) {
            SampleEvents.interactions("a", 10).forEach(client::record);
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            assertThat(client.stats().rejected()).isEqualTo(10);
            assertThat(client.stats().retries()).isZero();
            assertThat(client.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("HTTP 400"));
            assertThat(front.requests).hasSize(1);

            SampleEvents.interactions("b", 10).forEach(client::record);
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            assertThat(client.stats().acknowledged()).isEqualTo(10);
            assertThat(front.requests).hasSize(2);
            PlumblineClientTest.assertEveryEventIsAccountedFor(client.stats());
        }
        assertThat(server.storedIds()).containsExactlyInAnyOrderElementsOf(idsOf(SampleEvents.interactions("b", 10)));
    }

    @Test
    void aBatchThatKeepsFailingIsDroppedAfterMaxRetriesAndCounted() throws Exception {
        List<Step> script = List.of(Step.fail(503), Step.fail(503), Step.fail(503), Step.fail(503));
        try (FlakyFront front = new FlakyFront(server.url(), script);
                PlumblineClient client = PlumblineClientTest.client(front.url()).batchSize(10).maxRetries(3).build()) {
            SampleEvents.interactions("x", 10).forEach(client::record);
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            assertThat(client.stats().droppedRetriesExhausted()).isEqualTo(10);
            assertThat(client.stats().retries()).isEqualTo(3);
            assertThat(client.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("HTTP 503"));
            assertThat(front.requests).hasSize(4);
            PlumblineClientTest.assertEveryEventIsAccountedFor(client.stats());
        }
        assertThat(server.count()).isZero();
    }
}
