package dev.plumbline.judging;

import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import java.util.Optional;

/** One parsed label reduced to what agreement needs: subject key (pairs in canonical order), rater, value, groups. */
record RaterLabel(String subject, String rater, String value, Optional<String> guideline, Optional<String> queue,
        Label label) {

    static Optional<RaterLabel> of(Label label) {
        if (label.unparsed()) {
            return Optional.empty();
        }
        String rater = label.actor().id().orElse(label.actor().role().wireName());
        Optional<String> queue = Optional.ofNullable(label.meta().get("queue"));
        if (label.subject() instanceof LabelSubject.Pair) {
            return PairLabel.of(label).flatMap(pair -> pair.value().map(value ->
                    new RaterLabel(pair.subject(), rater, value, label.guideline(), queue, label)));
        }
        return Optional.of(new RaterLabel(label.subject().key(), rater, label.value(), label.guideline(), queue, label));
    }
}
