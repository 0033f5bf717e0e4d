package dev.plumbline.pairs;

import dev.plumbline.model.PlumblineException;
import java.util.Locale;

/**
 * What the pairs pipeline does with a judge no human overlap lets it audit: refuse its labels (the
 * default: a judge nobody has checked is not trusted) or allow them with a warning in the report.
 */
public enum UnauditedJudges {
    REFUSE,
    ALLOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnauditedJudges fromWire(String name) {
        for (UnauditedJudges value : values()) {
            if (value.wireName().equals(name)) {
                return value;
            }
        }
        throw PlumblineException.invalidInput("unaudited-judge policy '" + name + "' is unknown: use refuse or allow");
    }
}
