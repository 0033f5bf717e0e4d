package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Checks and normalisations shared by the event types; kept apart so each event stays short. */
final class Checks {
    private Checks() {
    }

    static String requireId(String value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** The wire format rejects empty strings in optional fields, so an empty value means absent. */
    static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> requirePresent(Optional<String> value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isPresent() && value.get().isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: use Optional.empty() for absent");
        }
        return value;
    }

    static Optional<Double> requireFinite(Optional<Double> value, String name) {
        requireNonNull(value, name + " is null");
        value.ifPresent(v -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number, was " + v);
            }
        });
        return value;
    }

    static List<String> ids(List<String> values, String name) {
        List<String> copy = List.copyOf(requireNonNull(values, name + " is null"));
        copy.forEach(id -> requireId(id, name + " element"));
        return copy;
    }

    /** A sorted copy, so that the same event always encodes to the same bytes. */
    static Map<String, String> meta(Map<String, String> meta) {
        requireNonNull(meta, "meta is null");
        Map<String, String> sorted = new TreeMap<>();
        meta.forEach((key, value) -> sorted.put(requireNonNull(key, "meta key is null"),
                requireNonNull(value, "meta value of '" + key + "' is null")));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    static Map<String, String> with(Map<String, String> meta, String key, String value) {
        Map<String, String> copy = new TreeMap<>(meta);
        copy.put(requireNonNull(key, "meta key is null"), requireNonNull(value, "meta value is null"));
        return copy;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
