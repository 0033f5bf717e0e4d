package dev.plumbline.pairs;

import static dev.plumbline.pairs.PairRuleAssert.assertThat;
import static dev.plumbline.pairs.PairRuleAssert.pair;
import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.edit;
import static dev.plumbline.pairs.Records.session;

import dev.plumbline.model.Interaction;
import org.junit.jupiter.api.Test;

class PreferEditedOverOriginalTest {
    private final PreferEditedOverOriginal rule = new PreferEditedOverOriginal(2);
    private final Interaction answer = ask("i-1", 0, "Draft a refund email", "Dear customer, your refund is on its way.");

    @Test
    void aSubstantiveEditIsPreferredOverTheOriginal() {
        assertThat(rule)
                .on(session(answer, edit("f-1", "i-1", 2, "Dear Ms Lee, your refund is on its way.")))
                .yields(pair("f-1", "i-1").confidence(0.8).origin(LabelOrigin.IMPLICIT));
    }

    @Test
    void aWhitespaceOnlyEditIsSkipped() {
        assertThat(rule)
                .on(session(answer, edit("f-1", "i-1", 2, "Dear customer,\n\nyour refund is on its way. ")))
                .skips("the edit only fixed white space, case or a typo")
                .doesNotFire();
    }

    @Test
    void aTypoFixIsSkipped() {
        assertThat(rule)
                .on(session(answer, edit("f-1", "i-1", 2, "Dear customer, your refund is on it's way.")))
                .doesNotFire();
    }
}
