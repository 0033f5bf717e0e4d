package dev.plumbline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = Redactor.allOn();

    @Test
    void theSameAddressTwiceInAConversationGetsTheSamePlaceholderAndADifferentOneTheNext() {
        RedactedConversation redacted = redactor.redact(List.of(
                Message.user("Mail jane@example.com or JANE@example.com, not bob@example.com."),
                Message.assistant("I will write to jane@example.com.")));

        assertThat(redacted.messages()).extracting(Message::content).containsExactly(
                "Mail <EMAIL_1> or <EMAIL_1>, not <EMAIL_2>.", "I will write to <EMAIL_1>.");
        assertThat(redacted.messages()).extracting(Message::role).containsExactly("user", "assistant");
        assertThat(redacted.counts().perType()).isEqualTo(Map.of("EMAIL", 4L));
    }

    @Test
    void completionsShareTheConversationsNumbering() {
        RedactedConversation redacted = redactor.redact(List.of(Message.user("My card is 4111 1111 1111 1111")),
                List.of("Card 4111111111111111 is noted.", "Call +44 20 7946 0958 about 4111-1111-1111-1111."));

        assertThat(redacted.completions()).containsExactly("Card <CARD_1> is noted.",
                "Call <PHONE_1> about <CARD_1>.");
        assertThat(redacted.counts().of(PiiType.CARD)).isEqualTo(3);
        assertThat(redacted.counts().of(PiiType.PHONE)).isEqualTo(1);
    }

    @Test
    void eachConversationStartsItsOwnNumbering() {
        assertThat(redactor.redact("b@example.com")).isEqualTo("<EMAIL_1>");
        assertThat(redactor.redact("a@example.com and b@example.com")).isEqualTo("<EMAIL_1> and <EMAIL_2>");
    }

    @Test
    void redactedTextRedactsToItself() {
        String once = redactor.redact("ip 203.0.113.9, key sk-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv" + ", iban DE89 3704 0044 0532 0130 00");

        assertThat(once).isEqualTo("ip <IP_1>, key <SECRET_1>, iban <IBAN_1>");
        assertThat(redactor.redact(once)).isEqualTo(once);
    }

    @Test
    void aMultiLinePrivateKeyBecomesOnePlaceholder() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                + "QyNTUxOQAAACDa7vJ0nZ0pPq1ptl3yF7p7n3oDq1y5n2qT0WcV8FhQNQAAAJgAAAAA\n-----END OPENSSH PRIVATE KEY-----";

        assertThat(redactor.redact("here:\n" + key + "\nthanks")).isEqualTo("here:\n<SECRET_1>\nthanks");
    }

    @Test
    void typesThePolicyTurnsOffAreLeftAlone() {
        Redactor onlyEmail = new Redactor(RedactionPolicy.ALL_ON.withTypes(EnumSet.of(PiiType.EMAIL)));

        assertThat(onlyEmail.redact("x@example.com from 203.0.113.9")).isEqualTo("<EMAIL_1> from 203.0.113.9");
        assertThat(new Redactor(RedactionPolicy.ALL_ON.withTypes(EnumSet.noneOf(PiiType.class))).policy().off()).isTrue();
    }

    @Test
    void customPatternsGetTheirOwnPlaceholdersAndWinOverBuiltInTypes() {
        RedactionPolicy policy = RedactionPolicy.ALL_ON.withCustom(List.of(CustomPattern.parse("CUSTOMER=CUST-\\d{6}")));

        RedactedConversation redacted = new Redactor(policy).redact(List.of(Message.user("CUST-123456 and CUST-654321, again CUST-123456")));

        assertThat(redacted.messages().get(0).content()).isEqualTo("<CUSTOMER_1> and <CUSTOMER_2>, again <CUSTOMER_1>");
        assertThat(redacted.counts().perType()).isEqualTo(Map.of("CUSTOMER", 3L));
        assertThat(policy.describe()).isEqualTo("EMAIL,PHONE,CARD,IBAN,IP,SECRET; custom: CUSTOMER=CUST-\\d{6}");
    }

    @Test
    void aCustomPatternMustBeWellNamedValidAndNotMatchNothing() {
        assertThatThrownBy(() -> CustomPattern.parse("EMAIL=x")).isInstanceOf(PlumblineException.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> CustomPattern.parse("lower=x")).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> CustomPattern.parse("BAD=(")).hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> CustomPattern.parse("EMPTY=a*")).hasMessageContaining("empty string");
        assertThatThrownBy(() -> CustomPattern.parse("no-equals")).hasMessageContaining("NAME=REGEX");
    }

    @Test
    void countsAddUpAcrossConversations() {
        RedactionCounts sum = new RedactionCounts(Map.of("EMAIL", 2L)).plus(new RedactionCounts(Map.of("EMAIL", 1L, "IP", 4L)));

        assertThat(sum.perType()).containsExactly(Map.entry("EMAIL", 3L), Map.entry("IP", 4L));
        assertThat(sum.total()).isEqualTo(7);
    }

    @Test
    void luhnAndMod97AcceptPublishedSpecimensAndRejectOneDigitChanged() {
        assertThat(PaymentCards.luhn("4111111111111111")).isTrue();
        assertThat(PaymentCards.luhn("4111111111111112")).isFalse();
        assertThat(Ibans.mod97("GB29NWBK60161331926819")).isTrue();
        assertThat(Ibans.mod97("GB29NWBK60161331926818")).isFalse();
    }
}
