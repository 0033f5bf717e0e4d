package dev.plumbline.judging;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import java.util.Optional;

/**
 * A pairwise label normalised so that the same two interactions always appear in the same order
 * (the smaller id first): labels written as {@code [x, y]} and {@code [y, x]} then compare directly.
 * {@code value} is A, B or tie in that canonical order, empty when unparsed. {@code presentation}
 * is relative to the label's own listing: {@code LISTED} when its first id was shown first (or no
 * order was recorded), {@code REVERSED} when its second id was.
 */
record PairLabel(Label label, String subject, String first, String second, Optional<String> value,
        Presentation presentation, String shownFirst) {

    enum Presentation { LISTED, REVERSED }

    static Optional<PairLabel> of(Label label) {
        if (!(label.subject() instanceof LabelSubject.Pair)) {
            return Optional.empty();
        }
        LabelSubject.Pair pair = (LabelSubject.Pair) label.subject();
        boolean flip = pair.first().compareTo(pair.second()) > 0;
        String first = flip ? pair.second() : pair.first();
        String second = flip ? pair.first() : pair.second();
        Optional<String> value = label.unparsed() ? Optional.empty() : Optional.of(flip ? flipped(label.value()) : label.value());
        boolean reversed = !label.order().isEmpty() && label.order().get(0).equals(pair.second());
        String shownFirst = reversed ? pair.second() : pair.first();
        return Optional.of(new PairLabel(label, "pair:" + first + "|" + second, first, second, value,
                reversed ? Presentation.REVERSED : Presentation.LISTED, shownFirst));
    }

    static String flipped(String value) {
        return switch (value) {
            case "A" -> "B";
            case "B" -> "A";
            default -> value;
        };
    }

    /** The id of the interaction this label prefers; empty for a tie or an unparsed label. */
    Optional<String> winner() {
        return value.filter(v -> !v.equals("tie")).map(v -> v.equals("A") ? first : second);
    }

    String actorId() {
        return label.actor().id().orElse(label.actor().role().wireName());
    }

    ActorRole role() {
        return label.actor().role();
    }

    boolean gold() {
        return "true".equals(label.meta().get("gold"));
    }
}
