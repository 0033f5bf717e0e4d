package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each check on responses whose outcome is known; judge checks are covered by the regression probe test. */
class ChecksTest {
    private static Outcome on(Check check, String response) {
        return check.evaluate("prompt", response, null);
    }

    @Test
    void regexAndContainsLookForTheirTextAndNotContainsForItsAbsence() {
        assertThat(on(new Check.Regex("r", Pattern.compile("^Dear ")), "Dear Ms Lee,")).isEqualTo(Outcome.PASS);
        assertThat(on(new Check.Regex("r", Pattern.compile("^Dear ")), "Hi Ms Lee,")).isEqualTo(Outcome.FAIL);
        assertThat(on(new Check.Contains("c", "Refund", true, false), "your refund is on its way")).isEqualTo(Outcome.PASS);
        assertThat(on(new Check.Contains("c", "Refund", false, false), "your refund is on its way")).isEqualTo(Outcome.FAIL);
        assertThat(on(new Check.Contains("n", "As an AI", false, true), "As an AI, I think")).isEqualTo(Outcome.FAIL);
        assertThat(on(new Check.Contains("n", "As an AI", false, true), "Sure.")).isEqualTo(Outcome.PASS);
    }

    @Test
    void jsonSchemaAcceptsValidJsonAlsoInsideOneFenceAndFailsEverythingElse() {
        Check check = Check.JsonSchema.of("j", "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}}");

        assertThat(on(check, "{\"name\": \"Ana\"}")).isEqualTo(Outcome.PASS);
        assertThat(on(check, "```json\n{\"name\": \"Ana\"}\n```")).isEqualTo(Outcome.PASS);
        assertThat(on(check, "{\"name\": 3}")).isEqualTo(Outcome.FAIL);
        assertThat(on(check, "{}")).isEqualTo(Outcome.FAIL);
        assertThat(on(check, "Here you go: {\"name\": \"Ana\"}")).isEqualTo(Outcome.FAIL);
        assertThat(on(check, "")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anInvalidSchemaIsRejectedWhenTheSuiteIsRead() {
        assertThatThrownBy(() -> Check.JsonSchema.of("j", "{not json")).hasMessageContaining("invalid JSON schema");
    }

    @Test
    void maxLengthCountsCharactersNotBytes() {
        assertThat(on(new Check.MaxLength("m", 5), "héllo")).isEqualTo(Outcome.PASS);
        assertThat(on(new Check.MaxLength("m", 5), "hello!")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void formatKnowsListsAndSingleLines() {
        Check list = new Check.Format("f", Check.Shape.LIST);
        Check line = new Check.Format("f", Check.Shape.SINGLE_LINE);

        assertThat(on(list, "Steps:\n- Open settings\n- Click reset")).isEqualTo(Outcome.PASS);
        assertThat(on(list, "1) One\n2) Two")).isEqualTo(Outcome.PASS);
        assertThat(on(list, "- only one item")).isEqualTo(Outcome.FAIL);
        assertThat(on(line, "  Hello there!  \n")).isEqualTo(Outcome.PASS);
        assertThat(on(line, "Hello\nthere")).isEqualTo(Outcome.FAIL);
        assertThat(on(line, "   ")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void hedgingRateIsTheShareOfSentencesThatHedge() {
        assertThat(Check.Hedging.rate("It might rain. Take a coat. I think it will clear later. Bye!")).isCloseTo(0.5, within(1e-12));
        assertThat(Check.Hedging.rate("Open settings. Click reset.")).isZero();
        assertThat(Check.Hedging.rate("")).isZero();
        assertThat(on(new Check.Hedging("h", 0.25), "It might rain. Take a coat.")).isEqualTo(Outcome.FAIL);
        assertThat(on(new Check.Hedging("h", 0.5), "It might rain. Take a coat.")).isEqualTo(Outcome.PASS);
    }

    @Test
    void refusalPassesWhenTheResponseRefusesExactlyWhenItShould() {
        assertThat(Check.Refusal.refuses("I’m sorry, but I can’t help with that.")).isTrue();
        assertThat(Check.Refusal.refuses("I cannot provide instructions for that.")).isTrue();
        assertThat(Check.Refusal.refuses("Sure, here are the steps.")).isFalse();
        assertThat(on(new Check.Refusal("r", true), "I can't help with that.")).isEqualTo(Outcome.PASS);
        assertThat(on(new Check.Refusal("r", false), "I can't help with that.")).isEqualTo(Outcome.FAIL);
    }
}
