package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What an annotator gave for a leased item: the label value (for pairs {@code A}, {@code B} or
 * {@code tie} in the subject's canonical order), the order the sides were shown in, whether a draft
 * was shown, and extra metadata to record on the label.
 */
public record Answer(String value, List<String> order, boolean sawDraft, Map<String, String> meta) {
    public Answer {
        requireNonNull(value, "value is null");
        order = List.copyOf(requireNonNull(order, "order is null"));
        meta = Map.copyOf(requireNonNull(meta, "meta is null"));
    }
}
