package dev.plumbline.signals;

import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.edit;
import static dev.plumbline.signals.Records.session;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import org.junit.jupiter.api.Test;

class MeasureEditsTest {
    private static final String ANSWER = "Dear customer, your refund is on its way.";

    @Test
    void aSmallEditKeepsTheAnswerAndMeasuresItsNormalizedDistance() {
        assertThat(new MeasureEdits(0.33))
                .on(session(ask("i-1", 0, "Draft a refund email", ANSWER),
                        edit("f-1", "i-1", 2, "Dear Ms Lee, your refund is on its way.")))
                .yields(signal(SignalType.EDITED, "i-1", "i-1", "f-1")
                        .value(6.0 / 41).detail("kept").polarity(Polarity.POSITIVE));
    }

    @Test
    void aRewriteSpeaksAgainstTheAnswer() {
        assertThat(new MeasureEdits(0.33))
                .on(session(ask("i-1", 0, "Draft a refund email", ANSWER),
                        edit("f-1", "i-1", 2, "Hello. We have processed the refund, expect it within five days.")))
                .yields(signal(SignalType.EDITED, "i-1", "i-1", "f-1")
                        .value(43.0 / 64).detail("rewritten").polarity(Polarity.NEGATIVE));
    }

    @Test
    void theKeptShareIsConfigurable() {
        assertThat(new MeasureEdits(0.10))
                .on(session(ask("i-1", 0, "Draft a refund email", ANSWER),
                        edit("f-1", "i-1", 2, "Dear Ms Lee, your refund is on its way.")))
                .yields(signal(SignalType.EDITED, "i-1", "i-1", "f-1").detail("rewritten"));
    }

    @Test
    void anAnswerWithoutEditsIsNotMeasured() {
        assertThat(new MeasureEdits(0.33)).on(session(ask("i-1", 0, "Draft a refund email", ANSWER))).doesNotFire();
    }
}
