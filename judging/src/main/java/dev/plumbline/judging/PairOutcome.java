package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A run's resolved verdict on one pair in its listed order: the agreed value when its parsed labels
 * agree, a tie (or nothing, by policy) when they flip with the order, empty when none parsed.
 */
public record PairOutcome(String firstId, String secondId, Optional<String> value, boolean inconsistent,
        int parsedLabels, int unparsedLabels) {
    public PairOutcome {
        requireNonNull(firstId, "firstId is null");
        requireNonNull(secondId, "secondId is null");
        requireNonNull(value, "value is null");
    }
}
