package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FightinWordsTest {
    private static final VoiceOptions OPTIONS = VoiceOptions.defaults();

    @Test
    void aPhrasePlantedInOneCorpusTopsItsListAndNotTheOther() {
        List<String> plain = new ArrayList<>();
        List<String> planted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            plain.add("The cat sat on mat number " + i + ". It was fine.");
            planted.add("The cat sat on mat number " + i + ". I hope this helps!");
        }
        NgramTable table = new NgramTable(3);
        int[] first = planted.stream().mapToInt(t -> table.add(ParsedText.parse(t).tokens())).toArray();
        int[] second = plain.stream().mapToInt(t -> table.add(ParsedText.parse(t).tokens())).toArray();

        PhraseContrast contrast = FightinWords.contrast("planted", "plain", table, table.textCounts(first),
                table.textCounts(second), OPTIONS);

        assertThat(contrast.typicalOfFirst()).isNotEmpty();
        assertThat(". i hope this helps !").contains(contrast.typicalOfFirst().get(0).phrase());
        assertThat(contrast.typicalOfFirst().get(0).z()).isGreaterThan(3);
        assertThat(contrast.typicalOfFirst()).extracting(DistinctivePhrase::phrase).doesNotContain("the cat sat");
        assertThat(contrast.typicalOfSecond()).extracting(DistinctivePhrase::phrase)
                .anyMatch(p -> p.contains("fine") || p.contains("was"));
    }

    @Test
    void reproducesTheFormulaOfMonroeColaresiAndQuinn() {
        NgramTable table = new NgramTable(1);
        int a = table.add(List.of("x", "x", "x", "x", "x", "x", "y", "y", "y", "y"));
        int b = table.add(List.of("x", "x", "y", "y", "y", "y", "y", "y", "y", "y"));
        double[] first = table.counts(new int[] {a});
        double[] second = table.counts(new int[] {b});
        VoiceOptions options = new VoiceOptions(1, 1, 5, 1, 0.5, 10, 2, 1, 1, 3, 5, 2, 0, false, true);

        DistinctivePhrase x = FightinWords.score(table, first, second, options).stream()
                .filter(p -> p.phrase().equals("x")).findFirst().orElseThrow();

        // a_x = 0.5 * 8 = 4, a0 = 0.5 * 20 = 10, n1 = n2 = 10.
        double delta = Math.log((6 + 4) / (10 + 10 - 6 - 4.0)) - Math.log((2 + 4) / (10 + 10 - 2 - 4.0));
        double z = delta / Math.sqrt(1 / 10.0 + 1 / 6.0);
        assertThat(x.logOddsRatio()).isCloseTo(delta, within(1e-12));
        assertThat(x.z()).isCloseTo(z, within(1e-12));
        assertThat(x.countFirst()).isEqualTo(6);
        assertThat(x.countSecond()).isEqualTo(2);
    }
}
