package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NgramOverlapTest {
    private static final String EVAL = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";

    private static List<OverlapMatch> find(String train, String eval) {
        return new NgramOverlap().find(ItemSet.of("train", List.of(new TextItem("t", train))),
                ItemSet.of("eval", List.of(new TextItem("e", eval))));
    }

    @Test
    void aSharedThirteenGramIsAMatchWithCoverageAndLongestRun() {
        List<OverlapMatch> matches = find("Intro words. One two three four five six seven eight nine ten eleven twelve "
                + "THIRTEEN, and then something else", EVAL);

        assertThat(matches).containsExactly(new OverlapMatch("t", "e", OverlapMethod.NGRAM, 13.0 / 14, Optional.of(13)));
    }

    @Test
    void twelveSharedTokensOfALongItemAreNotAMatch() {
        assertThat(find("one two three four five six seven eight nine ten eleven twelve and more", EVAL)).isEmpty();
    }

    @Test
    void aShortItemMatchesWhenItOccursWhole() {
        assertThat(find("Please: make a list of the most popular podcasts. Output:", "Make a list of the most popular podcasts."))
                .extracting(OverlapMatch::score).containsExactly(1.0);
        assertThat(find("make a list of the most popular films", "Make a list of the most popular podcasts.")).isEmpty();
    }

    @Test
    void aShortItemMatchesWhenEachParagraphOccursWholeInATemplate() {
        String eval = "In what genres does the given movie or series fall?\n\nManifest";
        String prompt = "In what genres does the given movie or series fall?\n\nInput: Manifest\nOutput:";

        assertThat(find(prompt, eval)).containsExactly(new OverlapMatch("t", "e", OverlapMethod.NGRAM, 1.0, Optional.of(10)));
        assertThat(find("In what genres does the given movie or series fall?\n\nInput: Dune\nOutput:", eval)).isEmpty();
    }
}
