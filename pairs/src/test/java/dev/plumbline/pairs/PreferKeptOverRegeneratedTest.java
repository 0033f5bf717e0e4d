package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.act;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.regenerate;
import static dev.plumbline.pairs.Records.session;
import static dev.plumbline.pairs.Records.thumbs;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import org.junit.jupiter.api.Test;

class PreferKeptOverRegeneratedTest {
    private final PreferKeptOverRegenerated rule = new PreferKeptOverRegenerated();
    private final Interaction first = ask("i-1", 0, "Name my cat", "Cat.");

    @Test
    void theKeptRegenerationIsPreferredOverTheAnswerItReplaced() {
        assertThat(rule)
                .on(session(first, regenerate("i-2", 0.5, first, "Whiskers.")))
                .yields(pair("i-2", "i-1").confidence(0.6).origin(LabelOrigin.IMPLICIT));
    }

    @Test
    void aCopiedRegenerationIsPreferredWithMoreConfidence() {
        assertThat(rule)
                .on(session(first, regenerate("i-2", 0.5, first, "Whiskers."), act("f-1", "i-2", 1, FeedbackType.COPY)))
                .yields(pair("i-2", "i-1").confidence(0.85));
    }

    @Test
    void theEndOfAChainIsPreferredOverEveryAnswerBeforeIt() {
        Interaction second = regenerate("i-2", 0.5, first, "Whiskers.");
        assertThat(rule)
                .on(session(first, second, regenerate("i-3", 1, second, "Mittens.")))
                .yields(pair("i-3", "i-1"), pair("i-3", "i-2"));
    }

    @Test
    void aRegenerationTheUserDislikedIsNotKept() {
        assertThat(rule)
                .on(session(first, regenerate("i-2", 0.5, first, "Whiskers."), thumbs("f-1", "i-2", 1, -1)))
                .skips("the last regeneration was not kept either")
                .doesNotFire();
    }

    @Test
    void aSessionWithoutRegenerationsYieldsNothing() {
        assertThat(rule).on(session(first, ask("i-2", 1, "Name my dog", "Rex."))).doesNotFire();
    }
}
