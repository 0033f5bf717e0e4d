package dev.plumbline.annotation;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import java.util.List;

/**
 * Which side of a pair an annotator sees on the left: a seeded draw per (queue seed, item,
 * annotator), so it is random across annotators, stable on reload, and reproducible. The order is
 * recorded with the label; a key press ({@code 1} left, {@code 2} right, {@code 0} tie) becomes the
 * label value in the pair's canonical order ({@code A} is the pair's first id).
 */
public final class SideOrder {
    private SideOrder() {
    }

    /** The two ids in the order they are shown, left first. */
    public static List<String> of(long seed, String itemId, String annotator, LabelSubject.Pair pair) {
        boolean swap = Hashing.unit(seed, itemId, annotator) < 0.5;
        return swap ? List.of(pair.second(), pair.first()) : List.of(pair.first(), pair.second());
    }

    /** The label value for a choice of {@code left}, {@code right} or {@code tie} given the shown order. */
    public static String value(String choice, List<String> shown, LabelSubject.Pair pair) {
        return switch (choice) {
            case "left", "1" -> shown.get(0).equals(pair.first()) ? "A" : "B";
            case "right", "2" -> shown.get(1).equals(pair.first()) ? "A" : "B";
            case "tie", "0" -> "tie";
            default -> throw PlumblineException.invalidInput("a pairwise choice is left (1), right (2) or tie (0), was '"
                    + choice + "'");
        };
    }
}
