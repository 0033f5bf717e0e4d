package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void foldsCaseCompatibilityFormsAndWhiteSpace() {
        assertThat(TextNormalizer.normalize("  Ｆｕｌｌ\u00A0WIDTH\n\n\tﬁle  ")).isEqualTo("full width file");
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsWithoutPunctuation() {
        assertThat(TextNormalizer.tokens("Hello, World! x^3 - 4x^2 = 0; 好 ½"))
                .containsExactly("hello", "world", "x", "3", "4x", "2", "0", "好", "1", "2");
    }

    @Test
    void onePassTokenHashesEqualHashingTheTokens() {
        for (String text : List.of("Plain ASCII text, with Punctuation.", "Ｆｕｌｌ ＷＩＤＴＨ ﬁle", "Ünïcödé ΣΊΣΥΦΟΣ 好 😀x²",
                "", "   ")) {
            long[] expected = TextNormalizer.tokens(text).stream().mapToLong(TextNormalizer::tokenHash).toArray();
            assertThat(TextNormalizer.tokenHashes(text)).as(text).containsExactly(expected);
        }
    }
}
