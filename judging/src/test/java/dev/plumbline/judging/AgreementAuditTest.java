package dev.plumbline.judging;

import static dev.plumbline.judging.Fixtures.human;
import static dev.plumbline.judging.Fixtures.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.stats.AlphaLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementAuditTest {

    @Test
    void countsOnlyAnAnnotatorsLatestLabelOnASubject() {
        Label first = human("h1", "a", "b", "B");
        Label revised = new Label("h1-again", first.subject(), "A", first.actor(), false, Optional.empty(),
                first.ts().plusSeconds(60), List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of());
        AgreementReport report = AgreementAudit.audit(List.of(revised, first, human("h2", "a", "b", "A")),
                AgreementAuditOptions.DEFAULT);
        assertThat(report.labels()).isEqualTo(2);
        assertThat(report.rawAgreement().value()).isEqualTo(1.0);
    }

    @Test
    void leavesJudgesAndGoldOutOfTheRatersByDefault() {
        Label gold = human("gold", "a", "b", "B").withMeta(Map.of("gold", "true"));
        AgreementReport report = AgreementAudit.audit(List.of(human("h1", "a", "b", "A"), human("h2", "a", "b", "A"),
                judge("j", "a", "b", "B", "a"), gold), AgreementAuditOptions.DEFAULT);
        assertThat(report.annotators()).containsExactly("h1", "h2");
    }

    @Test
    void leavesLabelsGivenWithADraftInViewOutAndCountsThemUnlessAskedToInclude() {
        Label anchoredOne = human("h1", "a", "b", "A").withSawDraft(true);
        Label anchoredTwo = human("h2", "a", "b", "A").withSawDraft(true);
        List<Label> labels = List.of(anchoredOne, anchoredTwo, human("h1", "c", "d", "A"), human("h2", "c", "d", "B"));

        AgreementReport blind = AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT);
        assertThat(blind.assistedExcluded()).isEqualTo(2);
        assertThat(blind.labels()).isEqualTo(2);
        assertThat(blind.rawAgreement().value()).isEqualTo(0.0);

        AgreementReport all = AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT.withAssisted(true));
        assertThat(all.assistedExcluded()).isZero();
        assertThat(all.rawAgreement().value()).isEqualTo(0.5);
    }

    @Test
    void ordersNumericRatingsForOrdinalAndIntervalAlpha() {
        List<Label> labels = new ArrayList<>();
        int[][] scores = {{1, 2}, {2, 2}, {3, 4}, {4, 5}, {5, 5}, {2, 1}};
        for (int item = 0; item < scores.length; item++) {
            for (int rater = 0; rater < 2; rater++) {
                labels.add(item("i" + item, "r" + rater, Integer.toString(scores[item][rater])));
            }
        }
        AgreementReport report = AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT);
        assertThat(report.alpha()).extracting(AlphaResult::level)
                .containsExactly(AlphaLevel.NOMINAL, AlphaLevel.ORDINAL, AlphaLevel.INTERVAL);
        // near misses on a 1-5 scale: poor nominal agreement, good interval agreement
        assertThat(report.alpha().get(2).estimate().value()).isGreaterThan(report.alpha().get(0).estimate().value() + 0.3);
    }

    @Test
    void reportsAlphaPerGuidelineVersionAndPerQueue() {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String value = i % 2 == 0 ? "A" : "B";
            labels.add(human("h1", "a" + i, "b" + i, value).withGuideline(i < 2 ? "v1" : "v2").withMeta(Map.of("queue", "q")));
            labels.add(human("h2", "a" + i, "b" + i, i < 2 ? value : PairLabel.flipped(value)).withGuideline(i < 2 ? "v1" : "v2"));
        }
        AgreementReport report = AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT);
        assertThat(report.byGuideline()).extracting(GroupAgreement::group).containsExactly("v1", "v2");
        assertThat(report.byGuideline().get(0).alpha().value()).isEqualTo(1.0);
        assertThat(report.byGuideline().get(1).alpha().value()).isNegative();
        assertThat(report.byQueue()).singleElement().extracting(GroupAgreement::labels).isEqualTo(4);
    }

    @Test
    void sendsSubjectsWithoutAMajorityToAdjudication() {
        AgreementReport report = AgreementAudit.audit(List.of(human("h1", "a", "b", "A"), human("h2", "a", "b", "B"),
                human("h1", "c", "d", "A"), human("h2", "c", "d", "A")), AgreementAuditOptions.DEFAULT);
        assertThat(report.majority().noMajority()).isEqualTo(1);
        assertThat(report.adjudication()).extracting(Adjudication::subject).contains("pair:a|b");
        assertThat(report.adjudication()).extracting(Adjudication::subject).doesNotContain("pair:c|d");
    }

    private static Label item(String item, String rater, String value) {
        return new Label(item + ":" + rater, new LabelSubject.Item(item), value, Actor.of(ActorRole.ANNOTATOR, rater), false,
                Optional.empty(), Instant.parse("2026-11-01T10:00:00Z"), List.of(), Optional.empty(), false,
                Optional.of("1-5"), Optional.empty(), Map.of());
    }
}
