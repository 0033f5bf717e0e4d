package dev.plumbline.ingest;

import dev.plumbline.model.PlumblineException;

/**
 * What to do with a batch that holds bad records: {@link #ATOMIC} (the default) writes nothing and
 * lists every error; {@link #SKIP} commits the good records and lists what it skipped.
 */
public enum Policy {
    ATOMIC,
    SKIP;

    public static Policy parse(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "atomic" -> ATOMIC;
            case "skip" -> SKIP;
            default -> throw PlumblineException.invalidInput("unknown policy '" + name + "': use atomic or skip");
        };
    }
}
