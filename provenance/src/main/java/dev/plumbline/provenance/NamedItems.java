package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The plain {@link ItemSet}: a name and a list of items with distinct ids. */
public record NamedItems(String name, List<TextItem> items) implements ItemSet {
    public NamedItems {
        requireNonNull(name, "name is null");
        items = List.copyOf(requireNonNull(items, "items is null"));
        requireDistinctIds(name, items);
    }

    static void requireDistinctIds(String name, List<TextItem> items) {
        Set<String> seen = new HashSet<>();
        for (TextItem item : items) {
            if (!seen.add(item.id())) {
                throw PlumblineException.invalidInput("item set '" + name + "' has the id '" + item.id()
                        + "' twice; every item needs its own id");
            }
        }
    }
}
