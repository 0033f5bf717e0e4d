package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import java.time.Instant;

/**
 * A release placed in time: its plan, the instant it starts serving, its model reference (the
 * version is its start date) and its position in its line (0 = first).
 */
public record Release(ReleaseSpec spec, Instant start, ModelRef model, int indexInLine) {
    public Release {
        requireNonNull(spec, "spec is null");
        requireNonNull(start, "start is null");
        requireNonNull(model, "model is null");
    }

    /** {@code name@version}, as the monitors name releases. */
    public String key() {
        return model.release();
    }

    public ReleaseLine line() {
        return spec.line();
    }

    public String family() {
        return spec.family();
    }
}
