package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

/** One text of an item set, under the id the set gives it. */
public record TextItem(String id, String text) {
    public TextItem {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
    }
}
