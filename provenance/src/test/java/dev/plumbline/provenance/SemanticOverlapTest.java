package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SemanticOverlapTest {
    private static MiniLmEmbedder embedder;

    private static final ItemSet EVAL = ItemSet.of("vicuna", List.of(
            new TextItem("1", "How can I improve my time management skills?"),
            new TextItem("2", "What are the most effective ways to deal with stress?")));
    private static final ItemSet TRAIN = ItemSet.of("production", List.of(
            new TextItem("t-para", "What can I do to get better at managing my time?"),
            new TextItem("t-other", "Write a Python function that reverses a linked list.")));

    @BeforeAll
    static void loadModel() {
        embedder = new MiniLmEmbedder();
    }

    @Test
    void embeddingsAreUnitLengthVectorsOfThreeHundredEightyFourDimensions() {
        float[] vector = embedder.embed(List.of("hello world")).get(0);
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        assertThat(vector).hasSize(384);
        assertThat(norm).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void findsTheParaphraseThatTheLexicalMethodsMiss() {
        OverlapReport lexical = OverlapAudit.lexical().run(TRAIN, EVAL);
        List<OverlapMatch> semantic = new SemanticOverlap(embedder, 0.75).find(TRAIN, EVAL);

        assertThat(lexical.matches()).isEmpty();
        assertThat(semantic).extracting(OverlapMatch::trainId, OverlapMatch::evalId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-para", "1"));
        assertThat(semantic.get(0).score()).isBetween(0.75, 1.0);
    }

    @Test
    void aStricterThresholdDropsTheParaphrase() {
        List<OverlapMatch> all = new SemanticOverlap(embedder, -0.99).find(TRAIN, EVAL);
        double paraphrase = all.stream().filter(m -> m.trainId().equals("t-para") && m.evalId().equals("1"))
                .findFirst().orElseThrow().score();

        assertThat(all).hasSize(4);
        assertThat(new SemanticOverlap(embedder, Math.min(1.0, paraphrase + 0.01)).find(TRAIN, EVAL)).isEmpty();
    }

    @Test
    void theAuditReportsSemanticMatchesWithTheModelAndThreshold() {
        OverlapReport report = OverlapAudit.lexical().only(EnumSet.of(OverlapMethod.EXACT))
                .withSemantic(new SemanticOverlap(embedder, 0.75)).run(TRAIN, EVAL);

        assertThat(report.flaggedTrainIds()).containsExactly("t-para");
        assertThat(ProvenanceJson.overlap(report)).contains("\"model\" : \"all-MiniLM-L6-v2\"", "\"threshold\" : 0.75",
                "\"method\" : \"semantic\"", "\"train_id\" : \"t-para\"", "\"bands\" : 13");
    }
}
