package dev.plumbline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.stats.AgreementBand;
import dev.plumbline.stats.AlphaLevel;
import dev.plumbline.stats.Bootstrap;
import dev.plumbline.wire.ForeignFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PandaLM's 999 items with three annotators, read through the {@code pandalm} import format:
 * the published inter-annotator kappas and majority counts, alpha against an independent
 * implementation, and the two judges against the annotators' majority.
 */
class PandaLmValidationTest {
    static final Path PANDALM = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"), "pandalm");
    private static final List<Record> RECORDS = read();
    private static final AgreementReport AGREEMENT = AgreementAudit.audit(labels(),
            // the published values are point estimates; a shorter bootstrap keeps the test quick
            AgreementAuditOptions.DEFAULT.withBootstrap(new Bootstrap(200, 20261126L, 0.95)));

    @Test
    void reproducesThePublishedCohensKappaAndRawAgreementForEachAnnotatorPair() {
        Map<String, PairAgreement> pairs = AGREEMENT.pairs().stream()
                .collect(Collectors.toMap(p -> p.first() + "~" + p.second(), p -> p));
        assertPair(pairs.get("pandalm:annotator1~pandalm:annotator2"), 0.8520, 912);
        assertPair(pairs.get("pandalm:annotator1~pandalm:annotator3"), 0.8789, 928);
        assertPair(pairs.get("pandalm:annotator2~pandalm:annotator3"), 0.8617, 917);
        assertThat(pairs).hasSize(3);
    }

    @Test
    void reproducesThePublishedMajorityLabelCounts() {
        assertThat(AGREEMENT.majority().counts()).isEqualTo(Map.of("tie", 105, "A", 422, "B", 472));
        assertThat(AGREEMENT.majority().noMajority()).isZero();
        assertThat(AGREEMENT.subjects()).isEqualTo(999);
        assertThat(AGREEMENT.labels()).isEqualTo(3 * 999);
    }

    @Test
    void krippendorffsAlphaAgreesWithAStraightforwardPairwiseImplementation() {
        Map<String, Map<String, String>> units = new java.util.LinkedHashMap<>();
        for (Label label : labels()) {
            if (label.actor().id().orElseThrow().startsWith("pandalm:annotator")) {
                units.computeIfAbsent(label.subject().key(), k -> new java.util.TreeMap<>())
                        .put(label.actor().id().orElseThrow(), label.value());
            }
        }
        List<String> order = List.of("A", "tie", "B");
        for (AlphaResult alpha : AGREEMENT.alpha()) {
            double independent = PairwiseAlpha.of(units.values(), alpha.level(), order);
            assertThat(alpha.estimate().value()).as(alpha.level().name()).isCloseTo(independent, within(1e-12));
            assertThat(alpha.estimate().interval().contains(alpha.estimate().value())).isTrue();
        }
        assertThat(AGREEMENT.alpha()).extracting(AlphaResult::level)
                .containsExactly(AlphaLevel.NOMINAL, AlphaLevel.ORDINAL, AlphaLevel.INTERVAL);
        assertThat(AGREEMENT.alpha().get(0).band()).isEqualTo(AgreementBand.RELIABLE);
    }

    @Test
    void dawidSkeneAggregatesEveryItemAndSendsOnlyUncertainOnesToAdjudication() {
        assertThat(AGREEMENT.dawidSkene().converged()).isTrue();
        assertThat(AGREEMENT.dawidSkene().counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(999);
        assertThat(AGREEMENT.adjudication()).allSatisfy(item -> assertThat(item.posterior()).isLessThan(0.9));
        assertThat(AGREEMENT.perAnnotator()).hasSize(3)
                .allSatisfy(a -> assertThat(a.dawidSkeneAccuracy()).isBetween(0.85, 1.0));
    }

    @Test
    void auditsGpt35AgainstTheMajorityWithTiesAndGarbageReportedAsUnparsed() {
        JudgeReport gpt = judge("gpt-3.5-turbo");
        assertThat(gpt.unparsedLabels()).isEqualTo(25);
        assertThat(gpt.agreement().subjects()).isEqualTo(999);
        assertThat(gpt.agreement().unparsed()).isEqualTo(25);
        assertThat(gpt.agreement().agree()).isEqualTo(697);
        assertThat(gpt.agreement().decisiveSubjects()).isEqualTo(849);
        assertThat(gpt.agreement().decisiveAgree()).isEqualTo(692);
        assertThat(gpt.agreement().kappa()).isCloseTo(0.4928647153028925, within(1e-12));
    }

    @Test
    void auditsPandaLm7bAgainstTheMajorityAndPlacesItBelowTheHumanCeiling() {
        JudgeReport pandalm = judge("pandalm-7b");
        assertThat(pandalm.agreement().unparsed()).isZero();
        assertThat(pandalm.agreement().agree()).isEqualTo(667);
        assertThat(pandalm.agreement().decisiveAgree()).isEqualTo(635);
        assertThat(pandalm.agreement().kappa()).isCloseTo(0.43535492482022237, within(1e-12));
        // human-human: (912 + 928 + 917) agreeing label pairs of 3 * 999
        assertThat(pandalm.ceiling().humanHumanAgreement()).isEqualTo((912.0 + 928 + 917) / (3 * 999));
        assertThat(pandalm.ceiling().judgeHumanAgreement()).isLessThan(pandalm.ceiling().humanHumanAgreement());
        assertThat(pandalm.gate().passed()).isFalse();
        assertThat(pandalm.selfPreference()).hasValueSatisfying(self -> assertThat(self.family()).isEqualTo("llama"));
    }

    private static JudgeReport judge(String id) {
        JudgeAuditReport report = JudgeAudit.audit(RECORDS, JudgeAuditOptions.DEFAULT.withJudge(id));
        assertThat(report.judges()).hasSize(1);
        return report.judges().get(0);
    }

    private static void assertPair(PairAgreement pair, double publishedKappa, int agreeing) {
        assertThat(pair.shared()).isEqualTo(999);
        assertThat(pair.kappa().value()).isCloseTo(publishedKappa, within(0.00005));
        assertThat(pair.rawAgreement()).isEqualTo(agreeing / 999.0);
        assertThat(pair.kappa().interval().contains(pair.kappa().value())).isTrue();
    }

    static List<Label> labels() {
        return RECORDS.stream().filter(r -> r instanceof Label).map(r -> (Label) r).toList();
    }

    private static List<Record> read() {
        List<Record> records = new ArrayList<>();
        try {
            ForeignFormats.named("pandalm").read(PANDALM, records::add, problem -> {
                throw new AssertionError("unexpected import problem " + problem);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
