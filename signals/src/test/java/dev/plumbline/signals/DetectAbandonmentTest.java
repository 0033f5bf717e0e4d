package dev.plumbline.signals;

import static dev.plumbline.signals.Records.act;
import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.minute;
import static dev.plumbline.signals.Records.outcome;
import static dev.plumbline.signals.Records.sessionUntil;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import dev.plumbline.model.FeedbackType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DetectAbandonmentTest {
    private final DetectAbandonment rule = new DetectAbandonment(Duration.ofMinutes(10));

    @Test
    void silenceLongerThanTheWindowIsAbandonment() {
        assertThat(rule)
                .on(sessionUntil(30, ask("i-1", 0, "Fix my VPN", "Restart it.")))
                .yields(signal(SignalType.ABANDONED, "i-1", "i-1").detail("silent").polarity(Polarity.NEGATIVE));
    }

    @Test
    void anAnswerTooRecentToJudgeIsNotAbandoned() {
        assertThat(rule).on(sessionUntil(5, ask("i-1", 0, "Fix my VPN", "Restart it."))).doesNotFire();
    }

    @Test
    void aNextQuestionWithinTheWindowIsAnAction() {
        assertThat(rule)
                .on(sessionUntil(30, ask("i-1", 0, "Fix my VPN", "Restart it."),
                        ask("i-2", 3, "Still broken, what now?", "Reinstall it."),
                        act("f-1", "i-2", 4, FeedbackType.COPY)))
                .doesNotFire();
    }

    @Test
    void aLateOutcomeIsNotAUserAction() {
        assertThat(rule)
                .on(sessionUntil(60 * 24 * 3, ask("i-1", 0, "Fix my VPN", "Restart it."),
                        outcome("f-9", "i-1", minute(5), "task_success", 0)))
                .yields(signal(SignalType.ABANDONED, "i-1", "i-1"));
    }

    @Test
    void anExplicitAbandonMarksTheAnswerAtOnce() {
        assertThat(rule)
                .on(sessionUntil(2, ask("i-1", 0, "Fix my VPN", "Restart it."), act("f-1", "i-1", 1, FeedbackType.ABANDON)))
                .yields(signal(SignalType.ABANDONED, "i-1", "i-1", "f-1").detail("explicit"));
    }

    @Test
    void beingTheRejectedSideOfAChoiceIsNotAbandonment() {
        assertThat(rule)
                .on(sessionUntil(30, ask("i-1", 0, "Fix my VPN", "Restart it."), ask("i-2", 0, "Fix my VPN", "Reinstall."),
                        act("f-1", "i-2", 1, FeedbackType.CHOICE).withChoice(java.util.List.of("i-2"), java.util.List.of("i-1"))))
                .doesNotFire();
    }
}
