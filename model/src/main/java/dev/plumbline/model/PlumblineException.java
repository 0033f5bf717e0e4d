package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

/**
 * The project's one unchecked exception. Its {@link ErrorType} decides how the edges report it
 * (HTTP status, CLI exit code); its message says what was wrong and what would be right.
 */
public class PlumblineException extends RuntimeException {
    private final ErrorType type;

    public PlumblineException(ErrorType type, String message) {
        super(message);
        this.type = requireNonNull(type, "type is null");
    }

    public PlumblineException(ErrorType type, String message, Throwable cause) {
        super(message, cause);
        this.type = requireNonNull(type, "type is null");
    }

    public ErrorType type() {
        return type;
    }

    public static PlumblineException invalidInput(String message) {
        return new PlumblineException(ErrorType.INVALID_INPUT, message);
    }

    public static PlumblineException notFound(String message) {
        return new PlumblineException(ErrorType.NOT_FOUND, message);
    }

    public static PlumblineException unavailable(String message, Throwable cause) {
        return new PlumblineException(ErrorType.UNAVAILABLE, message, cause);
    }

    public static PlumblineException internal(String message, Throwable cause) {
        return new PlumblineException(ErrorType.INTERNAL, message, cause);
    }
}
