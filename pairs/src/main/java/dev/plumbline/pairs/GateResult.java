package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

/** Whether a dataset passed one gate, what was observed and the limit, and why in words. */
public record GateResult(String gate, boolean passed, double observed, double limit, String message) {
    public GateResult {
        requireNonNull(gate, "gate is null");
        requireNonNull(message, "message is null");
    }
}
