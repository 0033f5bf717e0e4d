package dev.plumbline.server;

import dev.plumbline.model.ErrorType;

/** The one place an {@link ErrorType} becomes an HTTP status. */
final class HttpErrors {
    private HttpErrors() {
    }

    static int status(ErrorType type) {
        return switch (type) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }
}
