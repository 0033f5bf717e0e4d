package dev.plumbline.judging;

import dev.plumbline.model.PlumblineException;
import java.util.Locale;

/** In which orders a pairwise judge sees the two answers: both (the default, to expose position bias) or the listed one. */
public enum PresentationOrders {
    BOTH,
    ONE;

    public static PresentationOrders fromWire(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "both" -> BOTH;
            case "one" -> ONE;
            default -> throw PlumblineException.invalidInput("orders must be both or one, got '" + name + "'");
        };
    }
}
