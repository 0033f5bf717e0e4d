package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A snapshot of what the client did with every event it was given. Each event ends in exactly one
 * of {@code acknowledged}, {@code rejected}, the three {@code dropped} counts, or is still {@code
 * pending}, so {@code offered == acknowledged + rejected + dropped() + pending} once the client is
 * quiet. {@code duplicates} is the part of {@code acknowledged} the server already held (a retry
 * after a lost answer, or an id sent twice). {@code sent} counts events put on the wire at least
 * once, {@code retries} the requests sent again. {@code lastProblem} is the most recent reason an
 * event was rejected or dropped. Immutable.
 *
 * @param offered events passed to {@code record}, {@code feedback} or {@code label}
 * @param rejected events the server refused (invalid, unauthorised, too large): never retried
 * @param droppedBufferFull events refused at once because {@code maxBufferedRecords} were held
 * @param droppedRetriesExhausted events given up after {@code maxRetries} failed retries
 * @param droppedClosed events offered after {@code close()}, or still unsent when its timeout ran out
 */
public record ClientStats(
        long offered,
        long sent,
        long acknowledged,
        long duplicates,
        long rejected,
        long droppedBufferFull,
        long droppedRetriesExhausted,
        long droppedClosed,
        long retries,
        long pending,
        Optional<String> lastProblem) {
    public ClientStats {
        requireNonNull(lastProblem, "lastProblem is null");
    }

    /** Everything the client had to give up on without the server seeing it. */
    public long dropped() {
        return droppedBufferFull + droppedRetriesExhausted + droppedClosed;
    }
}
