package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

/**
 * Something personal left in a file: where (file, 1-based line and column), what type, and a
 * masked excerpt that shows enough to find it but not the value itself ({@code ja*********om}).
 */
public record PiiFinding(String file, int line, int column, String type, String excerpt) {
    public PiiFinding {
        requireNonNull(file, "file is null");
        requireNonNull(type, "type is null");
        requireNonNull(excerpt, "excerpt is null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }
}
