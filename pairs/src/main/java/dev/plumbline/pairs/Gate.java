package dev.plumbline.pairs;

import java.util.List;

/**
 * A check a dataset must pass before it may be exported. Gates report; they never trim. A gate reads
 * only the dataset's {@link PairTally}, so it can check pairs that were streamed rather than held. Pure.
 */
public interface Gate {
    String name();

    List<GateResult> check(PairTally tally);

    default List<GateResult> check(List<Pair> pairs) {
        return check(PairTally.of(pairs));
    }
}
