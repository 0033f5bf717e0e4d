package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server that is down or hangs must cost the app nothing but the events, and those are counted. */
class UnreachableServerTest {
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void whenNothingListensEventsAreAcceptedAtOnceAndDroppedAfterTheirRetries() throws IOException {
        PlumblineClient client = PlumblineClientTest.client("http://127.0.0.1:" + closedPort())
                .batchSize(10).maxRetries(2).build();
        List<Boolean> accepted = new ArrayList<>();
        SampleEvents.interactions("i", 30).forEach(event -> accepted.add(client.record(event)));
        assertThat(accepted).containsOnly(true);
        assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
        ClientStats stats = client.stats();
        assertThat(stats.droppedRetriesExhausted()).isEqualTo(30);
        assertThat(stats.retries()).isEqualTo(3 * 2);
        assertThat(stats.acknowledged()).isZero();
        assertThat(stats.lastProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("cannot reach the server"));
        assertThat(client.close(PlumblineClientTest.WAIT)).isTrue();
        PlumblineClientTest.assertEveryEventIsAccountedFor(client.stats());
    }

    @Test
    void whenTheServerHangsTheBufferStaysBoundedAndCloseGivesUpWithinItsTimeout() throws IOException {
        // A listening socket nobody reads: connections are accepted by the kernel and never answered.
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            PlumblineClient client = PlumblineClientTest.client("http://127.0.0.1:" + blackHole.getLocalPort())
                    .batchSize(5).maxBufferedRecords(10).requestTimeout(Duration.ofHours(1)).build();
            List<Boolean> accepted = new ArrayList<>();
            SampleEvents.interactions("i", 25).forEach(event -> accepted.add(client.record(event)));

            assertThat(accepted.subList(0, 10)).containsOnly(true);
            assertThat(accepted.subList(10, 25)).containsOnly(false);
            assertThat(client.stats().droppedBufferFull()).isEqualTo(15);
            assertThat(client.stats().pending()).isEqualTo(10);
            assertThat(client.flush(Duration.ofMillis(50))).isFalse();

            long started = System.nanoTime();
            boolean closedCleanly = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> client.close(Duration.ofMillis(300)));
            System.out.printf("close(300 ms) with a request hanging returned after %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(closedCleanly).isFalse();
            ClientStats stats = client.stats();
            assertThat(stats.droppedClosed()).isEqualTo(10);
            assertThat(stats.pending()).isZero();
            assertThat(client.record(SampleEvents.interaction("late"))).isFalse();
            assertThat(client.stats().droppedClosed()).isEqualTo(11);
            PlumblineClientTest.assertEveryEventIsAccountedFor(client.stats());
        }
    }
}
