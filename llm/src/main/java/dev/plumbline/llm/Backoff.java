package dev.plumbline.llm;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Exponential back-off with jitter: the n-th retry waits between half and all of
 * {@code initial * 2^(n-1)}, capped at {@code maximum}; a server's {@code Retry-After} wins when given.
 * Jitter spreads the retries of concurrent callers so they do not hit the server in step.
 */
final class Backoff {
    private final Duration initial;
    private final Duration maximum;
    private final Random random;

    Backoff(Duration initial, Duration maximum, Random random) {
        this.initial = requireNonNull(initial, "initial is null");
        this.maximum = requireNonNull(maximum, "maximum is null");
        this.random = requireNonNull(random, "random is null");
    }

    /** The wait before retry number {@code retry} (1-based). */
    Duration delay(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        long ceiling = Math.min(maximum.toMillis(), initial.toMillis() << Math.min(retry - 1, 30));
        double fraction;
        synchronized (random) {
            fraction = 0.5 + 0.5 * random.nextDouble();
        }
        return Duration.ofMillis(Math.round(ceiling * fraction));
    }

    /** Parses {@code Retry-After} given in seconds; dates and junk are ignored, so back-off applies. */
    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.get().trim());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
