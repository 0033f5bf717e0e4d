package dev.plumbline.ingest;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;

/** The ingest queue is full: the client should retry after {@link #retryAfterSeconds()}. */
public final class OverloadedException extends PlumblineException {
    private final int retryAfterSeconds;

    public OverloadedException(int retryAfterSeconds) {
        super(ErrorType.UNAVAILABLE, "the ingest queue is full; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
