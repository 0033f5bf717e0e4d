package dev.plumbline.cli;

import dev.plumbline.model.ErrorType;

/**
 * The launcher's exit codes, mapped from error types in this one place: 0 ok, 1 a gate or audit
 * failed, 2 bad usage or input, 3 a needed service is unavailable, 4 an internal error.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int GATE_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int UNAVAILABLE = 3;
    static final int INTERNAL = 4;

    private ExitCodes() {
    }

    static int of(ErrorType type) {
        return switch (type) {
            case INVALID_INPUT, NOT_FOUND, CONFLICT -> BAD_INPUT;
            case UNAVAILABLE -> UNAVAILABLE;
            case INTERNAL -> INTERNAL;
        };
    }
}
