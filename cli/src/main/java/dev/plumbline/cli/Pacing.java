package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import java.util.SplittableRandom;

/**
 * How long a benchmark annotator pauses: drawn uniformly between half and one and a half times the
 * mean think time, so that 20 annotators drift apart instead of taking and submitting in lockstep,
 * and a first pause anywhere below the mean, so they do not all start at once. A mean of zero never
 * pauses (the saturation run). Seeded by the annotator's number, so a rerun pauses alike. Not
 * thread-safe: one per annotator thread.
 */
final class Pacing {
    private final long meanMs;
    private final SplittableRandom random;

    Pacing(long meanMs, long seed) {
        if (meanMs < 0) {
            throw PlumblineException.invalidInput("the think time must be 0 or more milliseconds, was " + meanMs);
        }
        this.meanMs = meanMs;
        // not java.util.Random: its first draws for seeds 0, 1, 2, ... lie close together, which would
        // start the annotators in lockstep
        this.random = new SplittableRandom(seed);
    }

    /** The pause before the first take, in milliseconds. */
    long start() {
        return meanMs == 0 ? 0 : (long) (random.nextDouble() * meanMs);
    }

    /** The next pause after a take or a submit, in milliseconds. */
    long next() {
        return meanMs == 0 ? 0 : meanMs / 2 + (long) (random.nextDouble() * meanMs);
    }
}
