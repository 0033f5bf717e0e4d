package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

/**
 * Why one input record was rejected: its zero-based index in the batch (or line number minus one
 * in a file), the JSON path of the offending field ({@code $} for the record itself) and the reason.
 */
public record RecordProblem(int index, String path, String reason) {
    public RecordProblem {
        requireNonNull(path, "path is null");
        requireNonNull(reason, "reason is null");
    }

    @Override
    public String toString() {
        return "record " + index + " at " + path + ": " + reason;
    }
}
