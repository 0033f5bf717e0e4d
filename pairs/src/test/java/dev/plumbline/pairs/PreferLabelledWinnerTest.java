package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.label;
import static dev.plumbline.pairs.Records.session;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import org.junit.jupiter.api.Test;

class PreferLabelledWinnerTest {
    private final PreferLabelledWinner rule = new PreferLabelledWinner();
    private static final Actor A1 = Actor.of(ActorRole.ANNOTATOR, "a-1");
    private static final Actor A2 = Actor.of(ActorRole.ANNOTATOR, "a-2");
    private static final Actor JUDGE = Actor.judge("gpt-4o", "gpt-4");

    @Test
    void thePluralityOfLabelsWinsWithItsShareAsConfidence() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                        label("l-1", "i-1", "i-2", "B", A1), label("l-2", "i-1", "i-2", "B", A2),
                        label("l-3", "i-1", "i-2", "A", JUDGE)))
                .yields(pair("i-2", "i-1").confidence(2.0 / 3).origin(LabelOrigin.HUMAN));
    }

    @Test
    void aJudgeAloneMakesAnAiLabelledPair() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                        label("l-1", "i-1", "i-2", "A", JUDGE)))
                .yields(pair("i-1", "i-2").confidence(0.9).origin(LabelOrigin.AI));
    }

    @Test
    void levelVotesMakeATie() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                        label("l-1", "i-1", "i-2", "A", A1), label("l-2", "i-1", "i-2", "B", A2)))
                .yields(pair("i-1", "i-2").tie());
    }
}
