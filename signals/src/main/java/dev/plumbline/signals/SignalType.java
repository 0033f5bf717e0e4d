package dev.plumbline.signals;

/** The implicit signals Plumbline reads from what users did; {@link #wireName()} names them in files. */
public enum SignalType {
    ACCEPTED("accepted"),
    COPIED("copied"),
    EDITED("edited"),
    REGENERATED("regenerated"),
    ABANDONED("abandoned"),
    REPHRASED("rephrased"),
    OUTCOME("outcome");

    private final String wireName;

    SignalType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
