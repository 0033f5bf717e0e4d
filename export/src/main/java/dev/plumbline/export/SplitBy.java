package dev.plumbline.export;

import dev.plumbline.model.PlumblineException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the train/test split keeps together. Every grouping also keeps equal normalized prompts
 * together, so no prompt crosses the split: {@code USER} (default) also keeps a user's pairs
 * together, {@code SESSION} a session's, {@code PROMPT} only prompts.
 */
public enum SplitBy {
    USER,
    SESSION,
    PROMPT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SplitBy fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst().orElseThrow(() ->
                PlumblineException.invalidInput("unknown split grouping '" + name + "': use user, session or prompt"));
    }
}
