package dev.plumbline.provenance;

import java.util.List;

/**
 * Anything that is a list of identified texts and can be compared with another: an eval set, a
 * dataset export, a file of prompts, the prompts of stored interactions. Implementations are
 * immutable.
 */
public interface ItemSet {
    String name();

    List<TextItem> items();

    /** A plain item set, for exports and files that are not eval sets. */
    static ItemSet of(String name, List<TextItem> items) {
        return new NamedItems(name, items);
    }
}
