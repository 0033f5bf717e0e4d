package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapAuditTest {
    private final SyntheticTexts texts = new SyntheticTexts(11L, 10);
    private final ItemSet eval = ItemSet.of("eval@v1", List.of(new TextItem("e-1", texts.eval(1)),
            new TextItem("e-2", "Compose an engaging travel blog post about a recent trip to Hawaii.")));
    private final ItemSet train = ItemSet.of("export", List.of(
            new TextItem("t-exact", "  COMPOSE an engaging travel blog post\nabout a recent trip to Hawaii.  "),
            new TextItem("t-near", texts.eval(1) + " and one more clause at the end"),
            new TextItem("t-clean", texts.eval(2))));

    @Test
    void eachMethodReportsBothIdsAndItsScore() {
        OverlapReport report = OverlapAudit.lexical().run(train, eval);

        assertThat(report.flaggedTrainIds()).containsExactly("t-exact", "t-near");
        assertThat(report.matches(OverlapMethod.EXACT)).extracting(OverlapMatch::trainId, OverlapMatch::evalId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-exact", "e-2"));
        assertThat(report.matches(OverlapMethod.NGRAM)).extracting(OverlapMatch::trainId)
                .containsExactly("t-near", "t-exact");
        assertThat(report.matches(OverlapMethod.MINHASH)).extracting(OverlapMatch::trainId)
                .containsExactly("t-near", "t-exact");
        assertThat(report.matches(OverlapMethod.MINHASH).get(0).score()).isBetween(0.8, 1.0);
    }

    @Test
    void rendersEveryMatchAndTheSCurve() {
        OverlapReport report = OverlapAudit.lexical().run(train, eval);

        assertThat(ProvenanceJson.overlap(report)).contains("\"train_id\" : \"t-exact\"", "\"eval_id\" : \"e-2\"",
                "\"method\" : \"exact\"", "\"longest_run\" : ", "\"0.5\" : 0.0969", "\"flagged_train_items\" : 2");
        assertThat(ProvenanceText.overlap(report)).contains("13 bands x 7 rows", "0.9->1.000",
                "t-exact ~ e-2  exact 1.000");
    }
}
