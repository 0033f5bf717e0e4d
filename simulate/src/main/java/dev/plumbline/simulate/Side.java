package dev.plumbline.simulate;

/**
 * One answer of a side-by-side pair as the simulator knows it: its interaction id, release, the
 * true utility to users (hidden from every labeller) and its length in characters.
 */
record Side(String id, Release release, double utility, int length) {
    String family() {
        return release.family();
    }
}
