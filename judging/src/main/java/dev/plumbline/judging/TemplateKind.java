package dev.plumbline.judging;

import dev.plumbline.model.PlumblineException;
import java.util.Locale;

/** What a judge template grades: two answers against each other, or one answer on a scale. */
public enum TemplateKind {
    PAIRWISE,
    SINGLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TemplateKind fromWire(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pairwise" -> PAIRWISE;
            case "single" -> SINGLE;
            default -> throw PlumblineException.invalidInput("template kind must be pairwise or single, got '" + name + "'");
        };
    }
}
