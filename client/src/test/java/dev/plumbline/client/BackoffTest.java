package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), new Random(7));

    @Test
    void eachRetryWaitsInTheUpperHalfOfADoublingStep() {
        for (int retry = 0; retry < 8; retry++) {
            Duration ceiling = Duration.ofMillis(100L << retry);
            for (int draw = 0; draw < 50; draw++) {
                assertThat(backoff.delay(retry, Optional.empty())).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
    }

    @Test
    void theStepIsCappedAndNeverOverflows() {
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(backoff.ceiling(63)).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(backoff.delay(40, Optional.empty())).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    @Test
    void jitterSpreadsClientsThatFailedTogether() {
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> backoff.delay(3, Optional.empty())).distinct().count();
        assertThat(distinct).isGreaterThan(15);
    }

    @Test
    void aServersRetryAfterIsWaitedAtLeastEvenOnTheFirstRetry() {
        for (int draw = 0; draw < 50; draw++) {
            assertThat(backoff.delay(0, Optional.of(Duration.ofSeconds(5))))
                    .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(5).plusMillis(100));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        assertThat(RetryAfter.parse(Optional.of("3"), now)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(Optional.of(" 0 "), now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("Sun, 01 Nov 2026 10:00:07 GMT"), now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(Optional.of("Sun, 01 Nov 2026 09:00:00 GMT"), now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("soon"), now)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), now)).isEmpty();
    }
}
