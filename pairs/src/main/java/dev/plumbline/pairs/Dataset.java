package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The pairs that survived the filters, in a deterministic order, and the report of how. */
public record Dataset(List<Pair> pairs, DatasetReport report) {
    public Dataset {
        pairs = List.copyOf(pairs);
        requireNonNull(report, "report is null");
    }
}
