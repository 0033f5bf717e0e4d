package dev.plumbline.pairs;

import java.util.List;

/** A check a dataset must pass before it may be exported. Gates report; they never trim. Pure. */
public interface Gate {
    String name();

    List<GateResult> check(List<Pair> pairs);
}
