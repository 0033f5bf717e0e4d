package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

/**
 * One match in a text: its type ({@code EMAIL}, ..., or a custom pattern's name), where it is
 * ({@code start} inclusive, {@code end} exclusive) and a normalised value that decides which
 * matches share a placeholder (the same card written with and without spaces is one card).
 */
public record Detection(String type, int start, int end, String normalised) {
    public Detection {
        requireNonNull(type, "type is null");
        requireNonNull(normalised, "normalised is null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a detection needs 0 <= start < end, got " + start + ".." + end);
        }
    }

    boolean overlaps(Detection other) {
        return start < other.end && other.start < end;
    }
}
