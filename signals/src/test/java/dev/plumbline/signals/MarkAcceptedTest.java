package dev.plumbline.signals;

import static dev.plumbline.signals.Records.act;
import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.session;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import dev.plumbline.model.FeedbackType;
import org.junit.jupiter.api.Test;

class MarkAcceptedTest {
    private final MarkAccepted rule = new MarkAccepted();

    @Test
    void copyingAnAnswerMarksItCopied() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Draft a refund email", "Dear customer, ..."),
                        act("f-1", "i-1", 1, FeedbackType.COPY)))
                .yields(signal(SignalType.COPIED, "i-1", "i-1", "f-1").polarity(Polarity.POSITIVE));
    }

    @Test
    void acceptingAnAnswerMarksItAccepted() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Complete this line", "return x;"), act("f-1", "i-1", 0.1, FeedbackType.ACCEPT)))
                .yields(signal(SignalType.ACCEPTED, "i-1", "i-1", "f-1"));
    }

    @Test
    void anAnswerNobodyUsedIsNotMarked() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Draft a refund email", "Dear customer, ..."),
                        act("f-1", "i-1", 1, FeedbackType.REGENERATE)))
                .doesNotFire();
    }
}
