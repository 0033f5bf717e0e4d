package dev.plumbline.pairs;

import java.util.List;

/** A quality filter over the whole candidate list; each reports how many pairs it removed. Pure. */
public interface PairFilter {
    String name();

    /** The policy in force, in words, for the report and the dataset card. */
    String policy();

    FilterResult apply(List<Pair> pairs);
}
