package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

/**
 * What a label is about: a pair of interactions (pairwise; value {@code A} means the first) or a
 * single item.
 */
public sealed interface LabelSubject {
    /** A stable key for grouping labels of the same subject. */
    String key();

    record Pair(String first, String second) implements LabelSubject {
        public Pair {
            requireNonNull(first, "first is null");
            requireNonNull(second, "second is null");
            if (first.equals(second)) {
                throw PlumblineException.invalidInput("a pair needs two different ids, got " + first + " twice");
            }
        }

        @Override
        public String key() {
            return "pair:" + first + "|" + second;
        }
    }

    record Item(String id) implements LabelSubject {
        public Item {
            requireNonNull(id, "id is null");
        }

        @Override
        public String key() {
            return "item:" + id;
        }
    }
}
