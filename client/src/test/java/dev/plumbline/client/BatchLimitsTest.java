package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that takes fewer records per request than the client batches answers 413; the client splits. */
class BatchLimitsTest {
    @TempDir
    Path data;

    @Test
    void aBatchLargerThanTheServerAcceptsIsSplitUntilItFitsAndNothingIsLost() {
        try (RunningServer server = RunningServer.start(data, config -> config.withLimits(1 << 20, 10, 100), s -> s)) {
            try (PlumblineClient client = PlumblineClientTest.client(server.url()).batchSize(64).build()) {
                SampleEvents.interactions("i", 64 + 37).forEach(client::record);
                assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
                ClientStats stats = client.stats();
                assertThat(stats.acknowledged()).isEqualTo(101);
                assertThat(stats.rejected()).isZero();
                assertThat(stats.retries()).isZero();
                assertThat(stats.sent()).isEqualTo(101);
            }
            assertThat(server.storedIds()).hasSize(101).doesNotHaveDuplicates();
        }
    }
}
