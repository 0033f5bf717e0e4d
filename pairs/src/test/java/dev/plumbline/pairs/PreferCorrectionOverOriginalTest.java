package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.act;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.session;

import dev.plumbline.model.FeedbackType;
import org.junit.jupiter.api.Test;

class PreferCorrectionOverOriginalTest {
    private final PreferCorrectionOverOriginal rule = new PreferCorrectionOverOriginal();

    @Test
    void aCorrectionIsPreferredOverTheAnswerItCorrects() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Capital of Italy?", "Paris is the capital of Italy."),
                        act("f-1", "i-1", 1, FeedbackType.CORRECTION).withText("Rome is the capital of Italy.")))
                .yields(pair("f-1", "i-1").confidence(0.9).origin(LabelOrigin.HUMAN));
    }

    @Test
    void aCorrectionEqualToTheAnswerIsSkipped() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Capital of Italy?", "Rome."),
                        act("f-1", "i-1", 1, FeedbackType.CORRECTION).withText("rome.")))
                .skips("the correction equals the answer")
                .doesNotFire();
    }
}
