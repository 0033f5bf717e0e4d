package dev.plumbline.store;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of derived fact the store keeps beside the v1 records; {@link #wireName()} is the stored value. */
public enum DerivedKind {
    PAIR("pair"),
    SIGNAL("signal"),
    DATASET("dataset"),
    PROBE_RUN("probe_run"),
    /** The loop-health views a {@code report} run computed from its arguments (voice, contamination), for the dashboard. */
    REPORT_SNAPSHOT("report_snapshot");

    private final String wireName;

    DerivedKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DerivedKind> fromWire(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }

    /**
     * Whether an erasure removes a fact of this kind when one of its sources goes. A dataset is not
     * removed (its files exist outside the store): it loses the erased sources and is marked.
     */
    boolean erasedWithItsSources() {
        return this != DATASET;
    }
}
