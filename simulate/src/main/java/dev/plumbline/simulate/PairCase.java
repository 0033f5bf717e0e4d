package dev.plumbline.simulate;

/**
 * A side-by-side pair in subject order ({@code a} is the label's {@code A}): {@code current} says
 * whether {@code a} is the answer of the serving release (the other is its comparison partner).
 */
record PairCase(Side a, Side b, boolean aIsCurrent, long epochSecond) {
    Side current() {
        return aIsCurrent ? a : b;
    }
}
