package dev.plumbline.signals;

import static dev.plumbline.signals.Records.act;
import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.regenerate;
import static dev.plumbline.signals.Records.session;
import static dev.plumbline.signals.SignalRuleAssert.assertThat;
import static dev.plumbline.signals.SignalRuleAssert.signal;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DetectRephrasedFollowUpTest {
    private final DetectRephrasedFollowUp rule = new DetectRephrasedFollowUp(Duration.ofMinutes(5), 0.6);
    private final Interaction first = ask("i-1", 0, "how do I reverse a list in python", "Use sorted().");

    @Test
    void nearlyTheSameQuestionSoonAfterMeansTheAnswerFailed() {
        assertThat(rule)
                .on(session(first, ask("i-2", 1, "How to reverse a Python list?", "Use list.reverse().")))
                .yields(signal(SignalType.REPHRASED, "i-1", "i-1", "i-2").polarity(Polarity.NEGATIVE));
    }

    @Test
    void aDifferentQuestionIsNotARephrasing() {
        assertThat(rule).on(session(first, ask("i-2", 1, "thanks! and how do I sort a dict by value", "..."))).doesNotFire();
    }

    @Test
    void theSameQuestionMuchLaterIsNotARephrasing() {
        assertThat(rule).on(session(first, ask("i-2", 20, "How to reverse a Python list?", "..."))).doesNotFire();
    }

    @Test
    void aRegenerationIsLeftToTheRegenerationRule() {
        assertThat(rule).on(session(first, regenerate("i-2", 1, first, "Use list.reverse()."))).doesNotFire();
    }

    @Test
    void aFollowUpFeedbackWithTheSameQuestionCounts() {
        assertThat(rule)
                .on(session(first, act("f-1", "i-1", 1, FeedbackType.FOLLOW_UP).withText("how do i reverse a list in python??")))
                .yields(signal(SignalType.REPHRASED, "i-1", "i-1", "f-1"));
    }

    @Test
    void twoAnswersShownSideBySideAreNotARephrasing() {
        Interaction other = ask("i-2", 0, "how do I reverse a list in python", "Use list.reverse().");
        assertThat(rule)
                .on(session(first, other, Records.act("f-1", "i-2", 1, FeedbackType.CHOICE)
                        .withChoice(java.util.List.of("i-2"), java.util.List.of("i-1"))))
                .doesNotFire();
    }
}
