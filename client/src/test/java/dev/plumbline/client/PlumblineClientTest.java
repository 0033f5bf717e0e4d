package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real Plumbline server and a real DuckDB store. */
class PlumblineClientTest {
    static final Duration WAIT = Duration.ofSeconds(60);

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

    /** A client whose partial batches go only on flush(), so tests know the batches. */
    static PlumblineClient.Builder client(String url) {
        return PlumblineClient.builder(url).flushInterval(Duration.ofHours(1))
                .backoff(Duration.ofMillis(1), Duration.ofMillis(20)).random(new Random(1));
    }

    static void assertEveryEventIsAccountedFor(ClientStats stats) {
        assertThat(stats.offered()).isEqualTo(stats.acknowledged() + stats.rejected() + stats.dropped() + stats.pending());
    }

    @Test
    void interactionsFeedbackAndLabelsRecordedByTheAppEndUpInTheServersStore() {
        List<String> expected = new ArrayList<>();
        try (PlumblineClient client = client(server.url()).batchSize(250).build()) {
            for (InteractionEvent interaction : SampleEvents.interactions("i", 1000)) {
                assertThat(client.record(interaction)).isTrue();
                FeedbackEvent feedback = FeedbackEvent.edit(interaction.id(), "Dear Ms Lee").withUser("u-7");
                assertThat(client.feedback(feedback)).isTrue();
                expected.add(interaction.id());
                expected.add(feedback.id());
            }
            for (int i = 0; i < 100; i++) {
                LabelEvent label = LabelEvent.pairwise("i-" + i, "i-" + (i + 1), "A", Actor.annotator("a-1"));
                assertThat(client.label(label)).isTrue();
                expected.add(label.id());
            }
            assertThat(client.flush(WAIT)).isTrue();
            ClientStats stats = client.stats();
            assertThat(stats.offered()).isEqualTo(2100);
            assertThat(stats.sent()).isEqualTo(2100);
            assertThat(stats.acknowledged()).isEqualTo(2100);
            assertThat(stats.duplicates()).isZero();
            assertThat(stats.rejected()).isZero();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.pending()).isZero();
            assertThat(stats.retries()).isZero();
        }
        assertThat(server.storedIds()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theReadmeExampleStoresTheCallAndItsFeedback() {
        String sessionId = "s-1";
        String userId = "u-3";
        String question = "Draft a refund email";
        String answer = "Dear customer, ...";
        String editedText = "Dear Ms Lee, ...";
        PlumblineClient plumbline = PlumblineClient.builder(server.url())
                .apiKey(System.getenv("PLUMBLINE_TEST_UNSET_KEY"))
                .build();
        InteractionEvent call = InteractionEvent.builder()
                .model("acme-assist", "2026-10-01", "llama-3").session(sessionId).user(userId)
                .prompt(question).completion(answer).build();
        plumbline.record(call);
        plumbline.feedback(FeedbackEvent.edit(call.id(), editedText).withUser(userId));
        plumbline.close();
        assertThat(plumbline.stats().acknowledged()).isEqualTo(2);
        assertThat(server.count()).isEqualTo(2);
        assertThat(server.store.records().stats(ProjectId.DEFAULT).orphanFeedback()).isZero();
    }

    @Test
    void closeSendsWhatIsStillBufferedBeforeItReturns() {
        PlumblineClient client = client(server.url()).batchSize(500).build();
        SampleEvents.interactions("i", 123).forEach(client::record);
        assertThat(client.close(WAIT)).isTrue();
        assertThat(server.count()).isEqualTo(123);
        assertThat(client.stats().acknowledged()).isEqualTo(123);
        assertEveryEventIsAccountedFor(client.stats());
    }

    @Test
    void theSameEventRecordedAgainIsStoredOnceAndCountedAsADuplicate() {
        InteractionEvent event = SampleEvents.interaction("i-1");
        try (PlumblineClient client = client(server.url()).build()) {
            client.record(event);
            assertThat(client.flush(WAIT)).isTrue();
            client.record(event);
            client.feedback(FeedbackEvent.copy("i-1").withId("f-1"));
            client.feedback(FeedbackEvent.copy("i-1").withId("f-1"));
            assertThat(client.flush(WAIT)).isTrue();
            assertThat(client.stats().acknowledged()).isEqualTo(4);
            assertThat(client.stats().duplicates()).isEqualTo(2);
        }
        assertThat(server.storedIds()).containsExactlyInAnyOrder("i-1", "f-1");
    }

    @Test
    void aRecordTheServerFindsInvalidIsRejectedWhileTheRestOfItsBatchIsStored() {
        try (PlumblineClient client = client(server.url()).build()) {
            SampleEvents.interactions("i", 9).forEach(client::record);
            client.feedback(FeedbackEvent.rating("i-1", 7, 5).withId("f-bad"));
            assertThat(client.flush(WAIT)).isTrue();
            ClientStats stats = client.stats();
            assertThat(stats.acknowledged()).isEqualTo(9);
            assertThat(stats.rejected()).isEqualTo(1);
            assertThat(stats.retries()).isZero();
            assertThat(stats.lastProblem()).hasValueSatisfying(problem ->
                    assertThat(problem).contains("f-bad").contains("scale"));
            assertEveryEventIsAccountedFor(stats);
        }
        assertThat(server.storedIds()).hasSize(9).doesNotContain("f-bad");
    }

    @Test
    void aWrongApiKeyIsRejectedWithoutRetryAndTheRightKeyWritesIntoItsOwnProject() {
        ProjectId acme = new ProjectId("acme");
        String token = server.store.keys().create(acme, "app", Set.of(Scope.INGEST)).token();
        try (PlumblineClient wrong = client(server.url()).apiKey("pl_not_a_key").build()) {
            SampleEvents.interactions("w", 20).forEach(wrong::record);
            assertThat(wrong.flush(WAIT)).isTrue();
            assertThat(wrong.stats().rejected()).isEqualTo(20);
            assertThat(wrong.stats().retries()).isZero();
            assertThat(wrong.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("HTTP 401"));
        }
        try (PlumblineClient right = client(server.url()).apiKey(token).build()) {
            SampleEvents.interactions("r", 20).forEach(right::record);
            assertThat(right.flush(WAIT)).isTrue();
            assertThat(right.stats().acknowledged()).isEqualTo(20);
        }
        assertThat(server.count(acme)).isEqualTo(20);
        assertThat(server.count(ProjectId.DEFAULT)).isZero();
    }

    @Test
    void gzippedBatchesAreStoredLikePlainOnes() {
        try (PlumblineClient client = client(server.url()).gzip(true).batchSize(100).build()) {
            SampleEvents.interactions("g", 250).forEach(client::record);
            assertThat(client.flush(WAIT)).isTrue();
            assertThat(client.stats().acknowledged()).isEqualTo(250);
        }
        assertThat(server.count()).isEqualTo(250);
    }

    @Test
    void flushReturnsAtOnceWhenNothingIsBuffered() {
        try (PlumblineClient client = client(server.url()).build()) {
            assertThat(client.flush(Duration.ZERO)).isTrue();
            assertThat(client.stats().offered()).isZero();
        }
    }

    @Test
    void aNullEventOrOneAfterCloseIsCountedAndNeverThrown() {
        PlumblineClient client = client(server.url()).build();
        assertThat(client.record(null)).isFalse();
        assertThat(client.feedback(null)).isFalse();
        assertThat(client.close(WAIT)).isTrue();
        assertThat(client.record(SampleEvents.interaction("late"))).isFalse();
        assertThat(client.close(WAIT)).isTrue();
        ClientStats stats = client.stats();
        assertThat(stats.rejected()).isEqualTo(2);
        assertThat(stats.droppedClosed()).isEqualTo(1);
        assertEveryEventIsAccountedFor(stats);
        assertThat(server.count()).isZero();
    }

    @Test
    void settingsOutOfRangeAreRefusedWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> PlumblineClient.builder("localhost:7070").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> client(server.url()).batchSize(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(server.url()).batchSize(100).maxBufferedRecords(99).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBufferedRecords");
        assertThatThrownBy(() -> client(server.url()).maxRetries(-1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(server.url()).backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(server.url()).requestTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsMissingWhatTheirTypeNeedsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> InteractionEvent.builder().completion("c").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> InteractionEvent.builder().model("m", null, null).feedbackPropensity(0).completion("c")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> FeedbackEvent.copy(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelEvent.pairwise("i-1", "i-2", "C", Actor.annotator("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A, B or tie");
        assertThatThrownBy(() -> LabelEvent.pairwise("i-1", "i-1", "A", Actor.annotator("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different");
        FeedbackEvent copy = FeedbackEvent.copy("i-1");
        assertThatThrownBy(() -> new FeedbackEvent(copy.id(), "i-1", copy.ts(), FeedbackType.THUMBS, copy.actor(),
                copy.value(), copy.scale(), copy.text(), copy.name(), copy.reason(), copy.chosen(), copy.rejected(),
                copy.meta())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thumbs");
    }
}
