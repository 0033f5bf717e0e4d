package dev.plumbline.signals;

import static dev.plumbline.signals.Records.act;
import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.regenerate;
import static dev.plumbline.signals.Records.session;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import org.junit.jupiter.api.Test;

class MarkRegeneratedAwayTest {
    private final MarkRegeneratedAway rule = new MarkRegeneratedAway();
    private final Interaction first = ask("i-1", 0, "Name my cat", "Cat.");

    @Test
    void theAnswerARegenerationReplacedLost() {
        assertThat(rule)
                .on(session(first, regenerate("i-2", 0.5, first, "Whiskers.")))
                .yields(signal(SignalType.REGENERATED, "i-1", "i-1", "i-2").polarity(Polarity.NEGATIVE));
    }

    @Test
    void aRegenerateClickAndTheNewAnswerAreOneSignalWithBothAsEvidence() {
        assertThat(rule)
                .on(session(first, act("f-1", "i-1", 0.4, FeedbackType.REGENERATE),
                        regenerate("i-2", 0.5, first, "Whiskers.")))
                .yields(signal(SignalType.REGENERATED, "i-1", "i-1", "i-2", "f-1"));
    }

    @Test
    void eachLinkOfARegenerationChainLoses() {
        Interaction second = regenerate("i-2", 0.5, first, "Whiskers.");
        assertThat(rule)
                .on(session(first, second, regenerate("i-3", 1, second, "Mittens.")))
                .yields(signal(SignalType.REGENERATED, "i-1", "i-1", "i-2"),
                        signal(SignalType.REGENERATED, "i-2", "i-2", "i-3"));
    }

    @Test
    void aNewQuestionIsNotARegeneration() {
        assertThat(rule).on(session(first, ask("i-2", 1, "Name my dog", "Rex."))).doesNotFire();
    }
}
