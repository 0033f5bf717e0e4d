package dev.plumbline.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageAuditTest {
    /**
     * 100 "pro" users asked for feedback with probability 0.8, 80 of them rate, all thumbs-up; 100
     * "free" users asked with probability 0.2, 20 rate, all thumbs-down. The population is split
     * evenly, so the true rate is 0.5 while raters say 0.8.
     */
    private static List<Record> selfSelected(boolean withPropensities) {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean pro = i < 100;
            double propensity = pro ? 0.8 : 0.2;
            String id = "i-" + i;
            records.add(new Interaction(id, Optional.of("s-" + i), Optional.of("u-" + i), Records.minute(0), Records.MODEL,
                    List.of(Message.user("q")), "a", Optional.empty(),
                    withPropensities ? Optional.of(propensity) : Optional.empty(), Optional.empty(),
                    Map.of("segment", pro ? "pro" : "free", "feature", "chat")));
            boolean rates = pro ? i < 80 : i < 120;
            if (rates) {
                records.add(Records.act("f-" + i, id, 1, FeedbackType.THUMBS).withValue(pro ? 1 : -1));
            }
        }
        return records;
    }

    @Test
    void theInversePropensityEstimateUndoesSelfSelectionThatTheRawRateSuffersFrom() {
        CoverageReport report = CoverageAudit.audit(selfSelected(true), 5);
        assertThat(report.rawThumbsUpRate()).isCloseTo(0.8, within(1e-9));
        IpwEstimate ipw = report.ipw().orElseThrow();
        assertThat(ipw.estimate()).isCloseTo(0.5, within(1e-9));
        assertThat(ipw.effectiveSampleSize()).isCloseTo(64, within(1e-9));
        assertThat(ipw.lower()).isLessThan(0.5);
        assertThat(ipw.upper()).isGreaterThan(0.5);
        assertThat(report.verdict()).contains("Raw thumbs-up rate 0.800; inverse-propensity estimate 0.500");
    }

    @Test
    void explicitCoverageIsReportedBySegmentBesideImplicitCoverage() {
        CoverageReport report = CoverageAudit.audit(selfSelected(true), 5);
        assertThat(report.interactions()).isEqualTo(200);
        assertThat(report.explicitShare()).isCloseTo(0.5, within(1e-9));
        assertThat(report.rows()).filteredOn(r -> r.dimension().equals("segment"))
                .extracting(CoverageRow::value, CoverageRow::explicitShare)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("free", 0.2), org.assertj.core.groups.Tuple.tuple("pro", 0.8));
        assertThat(report.rows()).extracting(CoverageRow::dimension).contains("feature", "model_version");
    }

    @Test
    void missingPropensitiesAreSaidPlainlyAndNoEstimateIsInvented() {
        CoverageReport report = CoverageAudit.audit(selfSelected(false), 5);
        assertThat(report.ipw()).isEmpty();
        assertThat(report.ratedWithoutPropensity()).isEqualTo(100);
        assertThat(report.verdict()).contains("Propensities are missing for 100 of 100 rated interactions",
                "biased toward them");
    }

    @Test
    void theBootstrapIntervalIsSeeded() {
        assertThat(CoverageAudit.audit(selfSelected(true), 5).ipw())
                .isEqualTo(CoverageAudit.audit(selfSelected(true), 5).ipw());
        assertThat(CoverageAudit.audit(selfSelected(true), 5).ipw().orElseThrow().lower())
                .isNotEqualTo(CoverageAudit.audit(selfSelected(true), 6).ipw().orElseThrow().lower());
    }
}
