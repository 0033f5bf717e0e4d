package dev.plumbline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Message;
import dev.plumbline.testing.OpenAiTestServer;
import dev.plumbline.testing.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {
    @Test
    void neverHasMoreRequestsInFlightThanTheLimit() throws Exception {
        assertThat(maxInFlightSeenByServer(2)).isEqualTo(2);
    }

    @Test
    void aHigherLimitLetsTheServerSeeMoreAtOnce() throws Exception {
        // The server really counts overlapping requests, so the limit above is what held them back.
        assertThat(maxInFlightSeenByServer(8)).isGreaterThan(2);
    }

    private static int maxInFlightSeenByServer(int limit) throws Exception {
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("ok").delayedBy(Duration.ofMillis(300)))) {
            OpenAiChatClient client = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "m").withMaxConcurrency(limit),
                    Map.of(), Sleeper.REAL);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Completion>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(pool.submit(() -> client.complete(List.of(Message.user("hi")))));
                }
                for (Future<Completion> call : calls) {
                    assertThat(call.get().text()).isEqualTo("ok");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requestCount()).isEqualTo(8);
            return server.maxConcurrentRequests();
        }
    }
}
