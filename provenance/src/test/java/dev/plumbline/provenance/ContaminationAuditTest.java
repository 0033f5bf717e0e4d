package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import org.junit.jupiter.api.Test;

class ContaminationAuditTest {
    private final Scenario scenario = Scenario.planted();
    private final ContaminationAudit audit = new ContaminationAudit(scenario.source());

    @Test
    void reportsExactlyThePlantedSharesForTheJudgeFamily() {
        ContaminationReport report = audit.run(scenario.evalSet(), "gpt-4");

        assertThat(report.goldLabels()).isEqualTo(11);
        assertThat(report.itemsWithoutGoldLabels()).isEqualTo(1);
        assertThat(report.offending()).extracting(OffendingLabel::labelId)
                .containsExactly("l-0", "l-1", "l-2", "l-4", "l-5", "l-8a");
        assertThat(report.share()).isEqualTo(6.0 / 11);
        assertThat(report.kind(InfluenceKind.JUDGED)).isEqualTo(new KindShare(InfluenceKind.JUDGED, 3, 1, 11));
        assertThat(report.kind(InfluenceKind.FILTERED)).isEqualTo(new KindShare(InfluenceKind.FILTERED, 1, 0, 11));
        assertThat(report.kind(InfluenceKind.WRITTEN_FROM_DRAFT))
                .isEqualTo(new KindShare(InfluenceKind.WRITTEN_FROM_DRAFT, 0, 1, 11));
        assertThat(report.kind(InfluenceKind.SAW_DRAFT)).isEqualTo(new KindShare(InfluenceKind.SAW_DRAFT, 1, 0, 11));
        assertThat(report.quarantine()).containsExactly("e-0", "e-1", "e-2", "e-4", "e-5", "e-8");
        assertThat(report.failed()).isTrue();
    }

    @Test
    void reportsThePlantedSharesForTheProductFamily() {
        ContaminationReport report = audit.run(scenario.evalSet(), "LLAMA-3");

        assertThat(report.offending()).extracting(OffendingLabel::labelId).containsExactly("l-3", "l-4", "l-5");
        assertThat(report.kind(InfluenceKind.SAW_DRAFT)).isEqualTo(new KindShare(InfluenceKind.SAW_DRAFT, 1, 0, 11));
        assertThat(report.kind(InfluenceKind.WRITTEN_FROM_DRAFT))
                .isEqualTo(new KindShare(InfluenceKind.WRITTEN_FROM_DRAFT, 2, 0, 11));
        assertThat(report.kind(InfluenceKind.JUDGED).total()).isZero();
    }

    @Test
    void passesWhenTheShareIsWithinTheThreshold() {
        assertThat(audit.run(scenario.evalSet(), "gpt-4", 0.6).failed()).isFalse();
        assertThat(audit.run(scenario.evalSet(), "gpt-4", 0.5).failed()).isTrue();
    }

    @Test
    void anUninvolvedFamilyPassesAtTheDefaultThreshold() {
        ContaminationReport report = audit.run(scenario.evalSet(), "mistral");

        assertThat(report.offending()).isEmpty();
        assertThat(report.failed()).isFalse();
    }

    @Test
    void namesTheTransitivePathOfAnEditedDraft() {
        ContaminationReport report = audit.run(scenario.evalSet(), "gpt-4");

        OffendingLabel edited = report.offending().stream().filter(label -> label.labelId().equals("l-4")).findFirst()
                .orElseThrow();
        assertThat(edited.influences()).containsExactly(new Influence("gpt-4", InfluenceKind.WRITTEN_FROM_DRAFT, false,
                java.util.List.of("l-4", "e-4", "f-4", "i-4")));
    }

    @Test
    void rejectsAThresholdOutsideTheUnitInterval() {
        assertThatThrownBy(() -> audit.run(scenario.evalSet(), "gpt-4", 1.5))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("threshold");
    }

    @Test
    void rendersTheReportAsJsonWithTheQuarantineList() {
        String json = ProvenanceJson.contamination(audit.run(scenario.evalSet(), "gpt-4"));

        assertThat(json).contains("\"offending_labels\" : 6", "\"failed\" : true", "\"quarantine\" : [ \"e-0\", \"e-1\", \"e-2\", \"e-4\", \"e-5\", \"e-8\" ]");
    }
}
