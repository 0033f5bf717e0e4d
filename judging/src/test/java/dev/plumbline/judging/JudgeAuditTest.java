package dev.plumbline.judging;

import static dev.plumbline.judging.Fixtures.answer;
import static dev.plumbline.judging.Fixtures.human;
import static dev.plumbline.judging.Fixtures.judge;
import static dev.plumbline.judging.Fixtures.unparsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.Record;
import dev.plumbline.stats.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgeAuditTest {
    private static final JudgeAuditOptions OPTIONS = JudgeAuditOptions.DEFAULT;

    @Test
    void separatesConsistentVerdictsFromFirstShownAndSecondShownWins() {
        List<Record> records = List.of(
                judge("j", "a1", "b1", "A", "a1"), judge("j", "a1", "b1", "A", "b1"),   // consistent
                judge("j", "a2", "b2", "A", "a2"), judge("j", "a2", "b2", "B", "b2"),   // picks what is shown first
                judge("j", "a3", "b3", "B", "a3"), judge("j", "a3", "b3", "A", "b3"),   // picks what is shown second
                unparsed("j", "a4", "b4", "a4"), unparsed("j", "a4", "b4", "b4"));      // unparsed both times
        PositionBias position = only(records, OPTIONS).position();
        assertThat(position.bothOrders()).isEqualTo(4);
        assertThat(position.consistent()).isEqualTo(1);
        assertThat(position.firstShownWins()).isEqualTo(1);
        assertThat(position.secondShownWins()).isEqualTo(1);
        assertThat(position.bothUnparsed()).isEqualTo(1);
        assertThat(position.consistency()).isEqualTo(0.25);
        assertThat(position.positionalAgreement()).isEqualTo(0.5);
    }

    @Test
    void countsAVerdictThatFlipsWithTheOrderAsATieUnlessConfiguredToDropIt() {
        List<Record> records = List.of(human("h1", "a", "b", "tie"),
                judge("j", "a", "b", "A", "a"), judge("j", "a", "b", "B", "b"));
        assertThat(only(records, OPTIONS).agreement().agree()).isEqualTo(1);
        JudgeAuditOptions drop = new JudgeAuditOptions(Optional.empty(), Reference.HUMAN, List.of(),
                InconsistentVerdicts.EXCLUDE, 0.1, 0.8, Bootstrap.DEFAULT);
        assertThat(only(records, drop).agreement().subjects()).isZero();
        assertThat(only(records, drop).inconsistentSubjects()).isEqualTo(1);
    }

    @Test
    void comparesLabelsWrittenWithTheTwoIdsInEitherOrder() {
        // the human wrote the pair as (b, a) and preferred a; the judge wrote (a, b) and preferred a
        List<Record> records = List.of(human("h1", "b", "a", "B"), judge("j", "a", "b", "A", "a"));
        ReferenceAgreement agreement = only(records, OPTIONS).agreement();
        assertThat(agreement.subjects()).isEqualTo(1);
        assertThat(agreement.agree()).isEqualTo(1);
    }

    @Test
    void countsAnUnparsedVerdictAsWrongAndLeavesItOutOfKappa() {
        List<Record> records = List.of(human("h1", "a1", "b1", "A"), human("h1", "a2", "b2", "B"),
                human("h1", "a3", "b3", "A"), judge("j", "a1", "b1", "A", "a1"), judge("j", "a2", "b2", "B", "a2"),
                unparsed("j", "a3", "b3", "a3"));
        ReferenceAgreement agreement = only(records, OPTIONS).agreement();
        assertThat(agreement.subjects()).isEqualTo(3);
        assertThat(agreement.unparsed()).isEqualTo(1);
        assertThat(agreement.withTies()).isEqualTo(2.0 / 3);
        assertThat(agreement.kappa()).isEqualTo(1.0);
    }

    @Test
    void measuresAPreferenceForTheLongerAnswer() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String a = "a" + i;
            String b = "b" + i;
            records.add(answer(a, "m1", "f1", 100 + 10 * i));
            records.add(answer(b, "m2", "f2", 300));
            // picks the longer answer except on every fifth pair
            String longer = 100 + 10 * i > 300 ? "A" : "B";
            records.add(judge("j", a, b, i % 5 == 0 ? PairLabel.flipped(longer) : longer, a));
        }
        LengthBias length = only(records, OPTIONS).length();
        assertThat(length.differingLength()).isEqualTo(39);
        assertThat(length.preferLongerRate()).isGreaterThan(0.7);
        assertThat(length.converged()).isTrue();
        assertThat(length.lengthCoefficient()).isPositive();
        assertThat(length.winRates()).extracting(ModelWinRate::model).containsExactly("m1", "m2");
    }

    @Test
    void measuresSelfPreferenceAgainstWhatTheHumansGaveTheSameFamily() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String own = "own" + i;
            String other = "other" + i;
            records.add(answer(own, "gpt-4o", "gpt-4", 100));
            records.add(answer(other, "llama-3-70b", "llama-3", 100));
            // humans give half the pairs to the own family; the judge gives it all of them
            records.add(human("h1", own, other, i % 2 == 0 ? "A" : "B"));
            records.add(judge("j", own, other, "A", own));
        }
        SelfPreference self = only(records, OPTIONS).selfPreference().orElseThrow();
        assertThat(self.family()).isEqualTo("gpt-4");
        assertThat(self.judgeOwnFamilyRate()).isEqualTo(1.0);
        assertThat(self.referenceOwnFamilyRate()).isEqualTo(0.5);
        assertThat(self.gap()).isCloseTo(0.5, within(1e-12));
        assertThat(self.gapInterval().lower()).isPositive();
        assertThat(self.mcNemarP()).isCloseTo(2.0 / 1024, within(1e-12));
    }

    @Test
    void failsTheGateWhenTheJudgeFallsFurtherBelowTheHumanCeilingThanAllowed() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(human("h1", "a" + i, "b" + i, "A"));
            records.add(human("h2", "a" + i, "b" + i, "A"));
            records.add(judge("j", "a" + i, "b" + i, i < 7 ? "A" : "B", "a" + i));
        }
        JudgeReport report = only(records, OPTIONS);
        assertThat(report.ceiling().humanHumanAgreement()).isEqualTo(1.0);
        assertThat(report.ceiling().judgeHumanAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(report.gate().passed()).isFalse();
        assertThat(report.gate().reasons()).singleElement().asString().contains("human-human ceiling");
        assertThat(JudgeAudit.audit(records, OPTIONS).passed()).isFalse();
    }

    @Test
    void passesTheGateOnlyWhenHumansOverlapTheJudgeAndItIsCloseToThem() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(human("h1", "a" + i, "b" + i, "A"));
            records.add(human("h2", "a" + i, "b" + i, "A"));
            records.add(judge("j", "a" + i, "b" + i, "A", "a" + i));
            records.add(judge("j", "a" + i, "b" + i, "A", "b" + i));
        }
        assertThat(only(records, OPTIONS).gate().passed()).isTrue();
        List<Record> judgeOnly = records.stream().filter(r -> r.id().startsWith("j:")).toList();
        assertThat(only(judgeOnly, OPTIONS).gate().reasons()).singleElement().asString().contains("ceiling is unknown");
    }

    @Test
    void reportsOnePointPerRoundForDriftSeries() {
        List<Record> records = List.of(human("h1", "a", "b", "A"), human("h1", "c", "d", "A"),
                judge("j", "a", "b", "A", "a").withRound("1"), judge("j", "c", "d", "B", "c").withRound("2"));
        List<RoundMetrics> rounds = only(records, OPTIONS).rounds();
        assertThat(rounds).extracting(RoundMetrics::round).containsExactly("1", "2");
        assertThat(rounds).extracting(RoundMetrics::agreementWithTies).containsExactly(1.0, 0.0);
    }

    @Test
    void auditsOnlyTheNamedJudge() {
        List<Record> records = List.of(judge("j1", "a", "b", "A", "a"), judge("j2", "a", "b", "A", "a"));
        assertThat(JudgeAudit.audit(records, OPTIONS).judges()).extracting(JudgeReport::judge).containsExactly("j1", "j2");
        assertThat(JudgeAudit.audit(records, OPTIONS.withJudge("j2")).judges()).extracting(JudgeReport::judge)
                .containsExactly("j2");
    }

    @Test
    void leavesLabelsGivenWithTheDraftInViewOutOfTheHumanReferenceAndCeilingAndCountsThem() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(human("h1", "a" + i, "b" + i, "A"));
            records.add(human("h2", "a" + i, "b" + i, "A"));
            records.add(judge("j", "a" + i, "b" + i, "B", "a" + i));
            // an assisted annotator copies the judge's verdict shown to them
            records.add(human("h3", "a" + i, "b" + i, "B").withSawDraft(true));
        }
        JudgeAuditReport report = JudgeAudit.audit(records, OPTIONS);
        assertThat(report.assistedExcluded()).isEqualTo(10);
        JudgeReport judge = report.judges().get(0);
        // with h3 counted the judge would agree with a human on a third of the pairs and humans would not agree all the time
        assertThat(judge.ceiling().judgeHumanAgreement()).isZero();
        assertThat(judge.ceiling().humanHumanAgreement()).isEqualTo(1.0);
        assertThat(judge.agreement().withTies()).isZero();
        assertThat(ReportText.render(report)).contains("10 annotator labels given with a draft in view");
    }

    private static JudgeReport only(List<Record> records, JudgeAuditOptions options) {
        JudgeAuditReport report = JudgeAudit.audit(records, options);
        assertThat(report.judges()).hasSize(1);
        return report.judges().get(0);
    }
}
