package dev.plumbline.signals;

import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import org.assertj.core.api.Assertions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code assertThat(rule).on(session).yields(signal(...))} / {@code .doesNotFire()} for signal rules. */
final class SignalRuleAssert {
    private final SignalRule rule;
    private List<Signal> actual;

    private SignalRuleAssert(SignalRule rule) {
        this.rule = rule;
    }

    static SignalRuleAssert assertThat(SignalRule rule) {
        return new SignalRuleAssert(rule);
    }

    static Expected signal(SignalType type, String interactionId, String... sources) {
        return new Expected(type, interactionId, List.of(sources), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    SignalRuleAssert on(Session session) {
        actual = rule.apply(session);
        return this;
    }

    void doesNotFire() {
        Assertions.assertThat(actual).as(rule.name() + " should not fire").isEmpty();
    }

    SignalRuleAssert yields(Expected... expected) {
        Assertions.assertThat(actual).as(rule.name() + " signals").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            expected[i].check(actual.get(i), rule);
        }
        return this;
    }

    /** The signals the rule produced, for assertions the DSL does not cover. */
    List<Signal> signals() {
        return new ArrayList<>(actual);
    }

    /** What one produced signal must look like; unset optional parts are not checked. */
    record Expected(SignalType type, String interactionId, List<String> sources, Optional<Polarity> polarity,
            Optional<Double> value, Optional<String> detail) {
        Expected polarity(Polarity newPolarity) {
            return new Expected(type, interactionId, sources, Optional.of(newPolarity), value, detail);
        }

        Expected value(double newValue) {
            return new Expected(type, interactionId, sources, polarity, Optional.of(newValue), detail);
        }

        Expected detail(String newDetail) {
            return new Expected(type, interactionId, sources, polarity, value, Optional.of(newDetail));
        }

        void check(Signal signal, SignalRule rule) {
            Assertions.assertThat(signal.type()).as("type").isEqualTo(type);
            Assertions.assertThat(signal.interactionId()).as("interaction").isEqualTo(interactionId);
            Assertions.assertThat(signal.provenance().sources()).as("sources").isEqualTo(Arrays.asList(sources.toArray()));
            Assertions.assertThat(signal.provenance().rule()).as("rule name").isEqualTo(rule.name());
            Assertions.assertThat(signal.provenance().ruleVersion()).as("rule version").isEqualTo(rule.version());
            polarity.ifPresent(p -> Assertions.assertThat(signal.polarity()).as("polarity").isEqualTo(p));
            value.ifPresent(v -> Assertions.assertThat(signal.value()).as("value").hasValueSatisfying(
                    a -> Assertions.assertThat(a).isCloseTo(v, within(0.005))));
            detail.ifPresent(d -> Assertions.assertThat(signal.detail()).as("detail").contains(d));
        }
    }
}
