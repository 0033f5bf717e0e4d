package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.session;
import static dev.plumbline.pairs.Records.thumbs;

import org.junit.jupiter.api.Test;

class PreferThumbsUpOverThumbsDownTest {
    private final PreferThumbsUpOverThumbsDown rule = new PreferThumbsUpOverThumbsDown();

    @Test
    void aThumbsUpAnswerIsPreferredOverAThumbsDownAnswerToTheSamePrompt() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), thumbs("f-1", "i-1", 1, -1),
                        ask("i-2", 2, "name my  CAT", "Whiskers."), thumbs("f-2", "i-2", 3, 1)))
                .yields(pair("i-2", "i-1").confidence(0.7).origin(LabelOrigin.HUMAN));
    }

    @Test
    void answersToDifferentPromptsAreNotPaired() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), thumbs("f-1", "i-1", 1, -1),
                        ask("i-2", 2, "Name my dog", "Rex."), thumbs("f-2", "i-2", 3, 1)))
                .doesNotFire();
    }

    @Test
    void theLatestThumbsCounts() {
        assertThat(rule)
                .on(session(ask("i-1", 0, "Name my cat", "Cat."), thumbs("f-1", "i-1", 1, -1), thumbs("f-3", "i-1", 4, 1),
                        ask("i-2", 2, "Name my cat", "Whiskers."), thumbs("f-2", "i-2", 3, 1)))
                .doesNotFire();
    }
}
