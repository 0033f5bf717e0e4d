package dev.plumbline.signals;

import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.minute;
import static dev.plumbline.signals.Records.outcome;
import static dev.plumbline.signals.Records.session;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinOutcomesTest {
    private final JoinOutcomes rule = new JoinOutcomes(Set.of("escalation"));

    @Test
    void anOutcomeArrivingDaysLaterJoinsItsInteraction() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Cancel my order", "Done."), outcome("f-9", "i-1", minute(60 * 24 * 7), "retained_7d", 1)))
                .yields(signal(SignalType.OUTCOME, "i-1", "i-1", "f-9")
                        .value(1).detail("retained_7d").polarity(Polarity.POSITIVE));
    }

    @Test
    void anEscalationIsBadNews() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Cancel my order", "I cannot."), outcome("f-9", "i-1", minute(30), "escalation", 1)))
                .yields(signal(SignalType.OUTCOME, "i-1", "i-1", "f-9").polarity(Polarity.NEGATIVE));
    }

    @Test
    void aFailedTaskIsBadNews() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Cancel my order", "I cannot."), outcome("f-9", "i-1", minute(30), "task_success", 0)))
                .yields(signal(SignalType.OUTCOME, "i-1", "i-1", "f-9").polarity(Polarity.NEGATIVE));
    }

    @Test
    void aSessionWithoutOutcomesYieldsNothing() {
        assertThat(rule).on(session(ask("i-1", 0, "Cancel my order", "Done."))).doesNotFire();
    }
}
