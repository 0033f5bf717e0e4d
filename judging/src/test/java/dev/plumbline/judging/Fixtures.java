package dev.plumbline.judging;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for hand-made audit inputs. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private Fixtures() {
    }

    static Interaction answer(String id, String model, String family, int length) {
        return new Interaction(id, Optional.empty(), Optional.empty(), T0, new ModelRef(model, Optional.empty(), Optional.of(family)),
                List.of(Message.user("q")), "x".repeat(length), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    static Label human(String rater, String first, String second, String value) {
        return Label.pairwise("h:" + rater + ":" + first + ":" + second, first, second, value,
                Actor.of(ActorRole.ANNOTATOR, rater), T0);
    }

    /** A judge label on (first, second) shown in the given order. */
    static Label judge(String judge, String first, String second, String value, String shownFirst) {
        String shownSecond = shownFirst.equals(first) ? second : first;
        return Label.pairwise("j:" + judge + ":" + first + ":" + second + ":" + shownFirst, first, second, value,
                Actor.judge(judge, "gpt-4"), T0).withOrder(List.of(shownFirst, shownSecond));
    }

    static Label unparsed(String judge, String first, String second, String shownFirst) {
        String shownSecond = shownFirst.equals(first) ? second : first;
        return Label.unparsedPairwise("j:" + judge + ":" + first + ":" + second + ":" + shownFirst, first, second,
                "I cannot decide", Actor.judge(judge, "gpt-4"), T0).withOrder(List.of(shownFirst, shownSecond));
    }
}
