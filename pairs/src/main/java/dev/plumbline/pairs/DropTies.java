package dev.plumbline.pairs;

import java.util.List;
import java.util.stream.Collectors;

/** Removes tie pairs: a tie says neither answer is better, which a DPO loss cannot learn from. */
public final class DropTies implements PairFilter {
    @Override
    public String name() {
        return "ties";
    }

    @Override
    public String policy() {
        return "drop pairs labelled as ties";
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        return FilterResult.of(this, pairs, pairs.stream().filter(p -> !p.tie()).collect(Collectors.toList()));
    }
}
