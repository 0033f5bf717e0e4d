package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleFeaturesTest {
    @Test
    void countsWordsSentencesListsHeadingsHedgesAndApologies() {
        ParsedText text = ParsedText.parse("""
                Summary:
                I'm sorry, but it might rain. Perhaps take a coat!
                - first item
                - second item""");
        double[] f = StyleFeatures.of(text);

        assertThat(text.words()).hasSize(15);
        assertThat(text.sentenceLengths()).containsExactly(1, 6, 4, 2, 2);
        assertThat(f[index("list_line_share")]).isCloseTo(2 / 4.0, within(1e-12));
        assertThat(f[index("heading_line_share")]).isCloseTo(1 / 4.0, within(1e-12));
        assertThat(f[index("hedges_per_100_words")]).isCloseTo(100 * 2 / 15.0, within(1e-12));
        assertThat(f[index("apologies_per_100_words")]).isCloseTo(100 * 1 / 15.0, within(1e-12));
        assertThat(f[index("exclamations_per_sentence")]).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(f).hasSize(StyleFeatures.NAMES.size());
    }

    @Test
    void aLoopingAnswerHasAHighRepeatedTrigramShare() {
        double looping = StyleFeatures.of(ParsedText.parse("rick and morty, rick and morty, rick and morty, rick and morty"))[index("repeated_trigram_share")];
        double plain = StyleFeatures.of(ParsedText.parse("The quick brown fox jumps over the lazy dog."))[index("repeated_trigram_share")];

        assertThat(looping).isGreaterThan(0.6);
        assertThat(plain).isZero();
    }

    @Test
    void masksContentWordsAndNumbersButKeepsFunctionWordsAndPunctuation() {
        assertThat(StyleTokens.mask(ParsedText.tokenize("1. Certainly, the cat is here!")))
                .isEqualTo(List.of("<d>", ".", "certainly", ",", "the", "<w>", "is", "here", "!"));
    }

    @Test
    void fingerprintSummarisesLengthsAndRates() {
        List<ParsedText> texts = List.of(ParsedText.parse("One two three."), ParsedText.parse("Sorry. One two three four five."));
        Fingerprint f = Fingerprint.of("c", texts, 3);

        assertThat(f.texts()).isEqualTo(2);
        assertThat(f.words()).isEqualTo(9);
        assertThat(f.lengthWords().mean()).isEqualTo(4.5);
        assertThat(f.apologiesPer1000Words()).isCloseTo(1000 / 9.0, within(1e-9));
        assertThat(f.textsWithApologyShare()).isEqualTo(0.5);
        assertThat(f.distinct1()).isCloseTo(6 / 9.0, within(1e-12));
    }

    private static int index(String name) {
        return StyleFeatures.NAMES.indexOf(name);
    }
}
