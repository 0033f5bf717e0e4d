package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionTest {
    @Test
    void readsTheAskedForAnswerLineAndBareLetters() {
        assertThat(Extraction.choice("Water boils at 100 °C.\nAnswer: B", 4)).contains(1);
        assertThat(Extraction.choice("The answer is C.", 4)).contains(2);
        assertThat(Extraction.choice("**Answer:** (D)", 4)).contains(3);
        assertThat(Extraction.choice("  (A) ", 4)).contains(0);
        assertThat(Extraction.choice("B.", 4)).contains(1);
        assertThat(Extraction.choice("Answer: C\n\nFinal answer: C", 4)).contains(2);
    }

    @Test
    void leavesAmbiguousOrMissingAnswersUnparsed() {
        assertThat(Extraction.choice("Answer: A. Actually, answer: B.", 4)).isEmpty();
        assertThat(Extraction.choice("I think it's the second one.", 4)).isEmpty();
        assertThat(Extraction.choice("Answer: E", 4)).isEmpty();
        assertThat(Extraction.choice("Answer: Based on the data, it depends.", 4)).isEmpty();
        assertThat(Extraction.choice("", 4)).isEmpty();
    }

    @Test
    void aCapitalOutsideTheChoicesIsAWordNotAnAnswer() {
        assertThat(Extraction.choice("My answer: I think so. Answer: B", 4)).contains(1);
    }

    @Test
    void readsOneRatingWithinTheScale() {
        assertThat(Extraction.rating("Nice flow.\nRating: 7", 1, 10)).contains(7);
        assertThat(Extraction.rating("Rating: 8/10", 1, 10)).contains(8);
        assertThat(Extraction.rating("Rating: 11", 1, 10)).isEmpty();
        assertThat(Extraction.rating("Rating: 6 ... on reflection Rating: 7", 1, 10)).isEmpty();
        assertThat(Extraction.rating("I'd give it a 7.", 1, 10)).isEmpty();
    }

    @Test
    void readsOneAllowedVerdict() {
        assertThat(Extraction.verdict("Looks risky.\nVerdict: REJECT", Set.of("APPROVE", "REJECT"))).contains("REJECT");
        assertThat(Extraction.verdict("Verdict: **approve**", Set.of("APPROVE", "REJECT"))).contains("APPROVE");
        assertThat(Extraction.verdict("Verdict: MAYBE", Set.of("APPROVE", "REJECT"))).isEmpty();
        assertThat(Extraction.verdict("Verdict: PASS then Verdict: FAIL", Set.of("PASS", "FAIL"))).isEmpty();
    }

    @Test
    void recognisesAdmissionsOfAMistake() {
        assertThat(Extraction.admitsMistake("You’re right, I apologize for the confusion. Answer: C")).isTrue();
        assertThat(Extraction.admitsMistake("My mistake! The answer is C.")).isTrue();
        assertThat(Extraction.admitsMistake("I was wrong earlier.")).isTrue();
        assertThat(Extraction.admitsMistake("I'm confident in my answer. Answer: B")).isFalse();
    }
}
