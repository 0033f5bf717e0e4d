package dev.plumbline.pairs;

import dev.plumbline.signals.Session;
import java.util.Optional;
import org.assertj.core.api.Assertions;

/**
 * {@code assertThat(rule).on(session).yields(pair("i-2", "i-1"))} / {@code .doesNotFire()} /
 * {@code .skips(reason)} for pair rules; the session's signals come from the standard signal rules.
 */
final class PairRuleAssert {
    private final PairRule rule;
    private PairYield actual;

    private PairRuleAssert(PairRule rule) {
        this.rule = rule;
    }

    static PairRuleAssert assertThat(PairRule rule) {
        return new PairRuleAssert(rule);
    }

    static Expected pair(String chosenRecordId, String rejectedRecordId) {
        return new Expected(chosenRecordId, rejectedRecordId, Optional.empty(), Optional.empty(), false);
    }

    PairRuleAssert on(Session session) {
        actual = rule.apply(session, Records.signalsOf(session));
        return this;
    }

    void doesNotFire() {
        Assertions.assertThat(actual.pairs()).as(rule.name() + " pairs").isEmpty();
    }

    PairRuleAssert skips(String reason) {
        Assertions.assertThat(actual.skips()).as(rule.name() + " skips").extracting(Skip::reason).contains(reason);
        return this;
    }

    PairRuleAssert yields(Expected... expected) {
        Assertions.assertThat(actual.pairs()).as(rule.name() + " pairs").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            expected[i].check(actual.pairs().get(i), rule);
        }
        return this;
    }

    PairYield result() {
        return actual;
    }

    /** What one produced pair must look like; unset optional parts are not checked. */
    record Expected(String chosen, String rejected, Optional<Double> confidence, Optional<LabelOrigin> origin,
            boolean isTie) {
        Expected confidence(double value) {
            return new Expected(chosen, rejected, Optional.of(value), origin, isTie);
        }

        Expected origin(LabelOrigin value) {
            return new Expected(chosen, rejected, confidence, Optional.of(value), isTie);
        }

        Expected tie() {
            return new Expected(chosen, rejected, confidence, origin, true);
        }

        void check(Pair pair, PairRule rule) {
            Assertions.assertThat(pair.chosen().recordId()).as("chosen").isEqualTo(chosen);
            Assertions.assertThat(pair.rejected().recordId()).as("rejected").isEqualTo(rejected);
            Assertions.assertThat(pair.tie()).as("tie").isEqualTo(isTie);
            Assertions.assertThat(pair.provenance().rule()).as("rule").isEqualTo(rule.name());
            Assertions.assertThat(pair.provenance().ruleVersion()).as("rule version").isEqualTo(rule.version());
            Assertions.assertThat(pair.provenance().sources()).as("sources").contains(chosen);
            Assertions.assertThat(pair.labelSources()).as("label sources").isNotEmpty();
            confidence.ifPresent(c -> Assertions.assertThat(pair.confidence()).as("confidence")
                    .isCloseTo(c, Assertions.within(0.005)));
            origin.ifPresent(o -> Assertions.assertThat(pair.origin()).as("origin").isEqualTo(o));
        }
    }
}
