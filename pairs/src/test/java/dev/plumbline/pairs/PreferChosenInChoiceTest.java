package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.USER;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.choice;
import static dev.plumbline.pairs.Records.session;

import dev.plumbline.model.Actor;
import org.junit.jupiter.api.Test;

class PreferChosenInChoiceTest {
    private final PreferChosenInChoice rule = new PreferChosenInChoice();

    @Test
    void theChosenSideIsPreferredOverTheRejectedSide() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                        choice("f-1", 1, USER, "i-2", "i-1")))
                .yields(pair("i-2", "i-1").confidence(0.9).origin(LabelOrigin.HUMAN));
    }

    @Test
    void aJudgesChoiceIsAiLabelledAndLessCertain() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                        choice("f-1", 1, Actor.judge("gpt-4o", "gpt-4"), "i-2", "i-1")))
                .yields(pair("i-2", "i-1").confidence(0.7).origin(LabelOrigin.AI));
    }

    @Test
    void aChoiceBetweenAnswersToDifferentConversationsIsReportedNotPaired() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my dog", "Rex."),
                        choice("f-1", 1, USER, "i-2", "i-1")))
                .skips("the sides answer different conversations")
                .doesNotFire();
    }
}
