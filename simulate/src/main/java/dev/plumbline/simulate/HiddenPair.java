package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

/**
 * The hidden truth of one side-by-side pair, in the order its labels use ({@code first} is the
 * labels' {@code A}): each answer's true utility to users, which no labeller sees. Simulated
 * annotators working outside the simulator (through real annotation queues) read their verdicts
 * from it with {@link AnnotatorModel}.
 */
public record HiddenPair(String first, String second, double firstUtility, double secondUtility) {
    public HiddenPair {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
    }

    /** The noise-free human verdict: {@code A}, {@code B}, or {@code tie} inside the tie margin. */
    public String truth() {
        double difference = firstUtility - secondUtility;
        return Math.abs(difference) < SimulatedAnnotators.TIE_MARGIN ? "tie" : difference > 0 ? "A" : "B";
    }

    /** The same pair listed the other way round (its {@code A} is this one's {@code B}). */
    public HiddenPair swapped() {
        return new HiddenPair(second, first, secondUtility, firstUtility);
    }
}
