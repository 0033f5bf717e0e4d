package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An annotation queue's settings: each item is labelled by {@code overlap} different annotators, a
 * taken item is reserved for {@code lease}, labels record {@code guideline}; {@code assisted} queues
 * show a draft (labels then record {@code saw_draft=true}), others are blind; {@code goldRate} is the
 * share of known-answer items mixed in; {@code seed} makes side orders and gold draws reproducible.
 */
public record Queue(String id, String name, QueueKind kind, int overlap, Duration lease, String guideline,
        Optional<String> guidelineUrl, boolean assisted, double goldRate, long seed, Instant createdAt) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");

    public Queue {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(lease, "lease is null");
        requireNonNull(guideline, "guideline is null");
        requireNonNull(guidelineUrl, "guidelineUrl is null");
        requireNonNull(createdAt, "createdAt is null");
        if (!ID.matcher(id).matches()) {
            throw PlumblineException.invalidInput("queue id '" + id + "' is invalid: use 1-63 lower-case letters, digits, '.', '-' or '_'");
        }
        if (overlap < 1 || overlap > 20) {
            throw PlumblineException.invalidInput("overlap (annotators per item) must be 1..20, was " + overlap);
        }
        if (lease.isNegative() || lease.isZero() || lease.toSeconds() > 86_400) {
            throw PlumblineException.invalidInput("a lease must last between 1 second and 1 day, was " + lease);
        }
        if (!(goldRate >= 0 && goldRate <= 1)) {
            throw PlumblineException.invalidInput("the gold rate must be within 0..1, was " + goldRate);
        }
    }

    /** A blind pairwise queue with one annotator per item, a 10-minute lease and no gold items. */
    public static Queue pairwise(String id, int overlap, String guideline, Instant createdAt) {
        return new Queue(id, id, QueueKind.PAIRWISE, overlap, Duration.ofMinutes(10), guideline, Optional.empty(), false,
                0, 1, createdAt);
    }

    public Queue withLease(Duration newLease) {
        return new Queue(id, name, kind, overlap, newLease, guideline, guidelineUrl, assisted, goldRate, seed, createdAt);
    }

    public Queue withGoldRate(double newGoldRate) {
        return new Queue(id, name, kind, overlap, lease, guideline, guidelineUrl, assisted, newGoldRate, seed, createdAt);
    }
}
