package dev.plumbline.client;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * How long to wait before retry number {@code n} (0-based): exponential from {@code base}, capped
 * at {@code cap}, with "equal jitter" (a random point in the upper half of the step) so that many
 * clients that failed together do not retry together, yet never retry at once. A server's {@code
 * Retry-After} is honoured: the wait is at least that, plus up to {@code base} of jitter.
 * Thread-confined (the sender's).
 */
final class Backoff {
    private final long baseNanos;
    private final long capNanos;
    private final Random random;

    Backoff(Duration base, Duration cap, Random random) {
        this.baseNanos = base.toNanos();
        this.capNanos = cap.toNanos();
        this.random = random;
    }

    Duration delay(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get().plusNanos(jitter(baseNanos));
        }
        long ceiling = ceiling(retry);
        long half = ceiling / 2;
        return Duration.ofNanos(half + jitter(ceiling - half));
    }

    /** {@code min(cap, base * 2^retry)} without overflow. */
    long ceiling(int retry) {
        if (retry >= 62 || baseNanos > (capNanos >> Math.min(retry, 62))) {
            return capNanos;
        }
        return Math.min(capNanos, baseNanos << retry);
    }

    private long jitter(long bound) {
        return bound <= 0 ? 0 : random.nextLong(bound + 1);
    }
}
