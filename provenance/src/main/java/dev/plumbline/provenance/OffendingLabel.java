package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A gold label of an eval item that the audited family influenced, with every way it did. */
public record OffendingLabel(String itemId, String labelId, List<Influence> influences) {
    public OffendingLabel {
        requireNonNull(itemId, "itemId is null");
        requireNonNull(labelId, "labelId is null");
        influences = List.copyOf(requireNonNull(influences, "influences is null"));
    }
}
