package dev.plumbline.simulate;

/** One answer the product served: its interaction id, time, text, release, true utility and whether it satisfied the user. */
record Served(String id, long epochSecond, String completion, Release release, double utility, boolean satisfied) {
}
