package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Record;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodhartMonitorTest {
    private static final double[] THUMBS_RISING = {0.50, 0.58, 0.66, 0.74, 0.82};

    private static List<Record> planted() {
        PlantedTraffic traffic = new PlantedTraffic(11, 1000);
        double[] retentionFalling = {0.70, 0.62, 0.54, 0.46, 0.38};
        for (int r = 0; r < 5; r++) {
            traffic.release(r + 1, THUMBS_RISING[r], retentionFalling[r], 0.65);
        }
        return traffic.records();
    }

    /** Retention rises by 0.03 a release: with 1,000 users each, a spurious significant drop is far in the tail. */
    private static List<Record> control() {
        PlantedTraffic traffic = new PlantedTraffic(12, 1000);
        double[] retentionRising = {0.60, 0.63, 0.66, 0.69, 0.72};
        for (int r = 0; r < 5; r++) {
            traffic.release(r + 1, THUMBS_RISING[r], retentionRising[r], 0.65);
        }
        return traffic.records();
    }

    @Test
    void flagsReleasesWhereThumbsRoseWhileRetentionFell() {
        GoodhartReport report = GoodhartMonitor.audit(planted(), GoodhartOptions.defaults());
        System.out.println(ReportText.goodhart(report));

        assertThat(report.releases()).containsExactly("acme-assist@v1", "acme-assist@v2", "acme-assist@v3",
                "acme-assist@v4", "acme-assist@v5");
        assertThat(report.alarm()).isTrue();
        assertThat(report.divergences()).extracting(Divergence::release)
                .containsExactly("acme-assist@v2", "acme-assist@v3", "acme-assist@v4", "acme-assist@v5");
        Divergence last = report.divergences().get(report.divergences().size() - 1);
        assertThat(last.improvedProxies()).extracting(MetricChange::metric).contains(GoodhartMetrics.THUMBS_UP);
        assertThat(last.worsenedOutcomes()).extracting(MetricChange::metric).containsExactly("outcome:retained_7d");
    }

    @Test
    void staysQuietWhenTheOutcomeRisesWithTheProxy() {
        GoodhartReport report = GoodhartMonitor.audit(control(), GoodhartOptions.defaults());
        System.out.println(ReportText.goodhart(report));

        assertThat(report.alarm()).isFalse();
        assertThat(report.changes()).filteredOn(c -> c.metric().equals(GoodhartMetrics.THUMBS_UP))
                .anyMatch(MetricChange::significantlyBetter);
    }

    @Test
    void rankCorrelationShowsThumbsNoLongerTrackRetention() {
        RankCorrelation planted = correlation(GoodhartMonitor.audit(planted(), GoodhartOptions.defaults()));
        RankCorrelation control = correlation(GoodhartMonitor.audit(control(), GoodhartOptions.defaults()));

        assertThat(planted.releases()).isEqualTo(5);
        assertThat(planted.tracking()).isEqualTo(-1.0);
        assertThat(control.tracking()).isGreaterThan(0.5);
    }

    @Test
    void computesJudgeWinRateAgainstThePreviousReleaseFromPairwiseLabels() {
        GoodhartReport report = GoodhartMonitor.audit(planted(), GoodhartOptions.defaults());

        assertThat(report.metric("acme-assist@v1", GoodhartMetrics.WIN_RATE)).isEmpty();
        ReleaseMetric winRate = report.metric("acme-assist@v3", GoodhartMetrics.WIN_RATE).orElseThrow();
        assertThat(winRate.estimate().n()).isEqualTo(1000);
        assertThat(winRate.estimate().value()).isBetween(0.58, 0.72);
        assertThat(winRate.comparesToPrevious()).isTrue();
    }

    @Test
    void anOutcomeWhoseNameSaysEscalationIsBetterWhenLower() {
        assertThat(Direction.ofOutcome("escalated_to_human")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.ofOutcome("churned")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.ofOutcome("task_success")).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void metricsGivenDirectlyCanRaiseTheAlarmWithoutAnyRecords() {
        ReleaseRegistry registry = new ReleaseRegistry(List.of(
                Release.of("m", "1", "f", java.time.LocalDate.parse("2026-01-01")),
                Release.of("m", "2", "f", java.time.LocalDate.parse("2026-02-01"))));
        List<ReleaseMetric> given = List.of(
                ReleaseMetric.given("m@1", "reward_score", MetricKind.PROXY, Direction.HIGHER_IS_BETTER, 0.60, 0.01, 500),
                ReleaseMetric.given("m@2", "reward_score", MetricKind.PROXY, Direction.HIGHER_IS_BETTER, 0.70, 0.01, 500),
                ReleaseMetric.given("m@1", "escalations", MetricKind.OUTCOME, Direction.LOWER_IS_BETTER, 0.05, 0.005, 500),
                ReleaseMetric.given("m@2", "escalations", MetricKind.OUTCOME, Direction.LOWER_IS_BETTER, 0.09, 0.005, 500));

        GoodhartReport report = GoodhartMonitor.audit(List.of(), registry, given, GoodhartOptions.defaults());

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.release()).isEqualTo("m@2");
            assertThat(d.worsenedOutcomes()).singleElement().satisfies(c -> assertThat(c.z()).isLessThan(-5));
        });
    }

    @Test
    void aMetricGivenForAnUnknownReleaseIsRefused() {
        List<ReleaseMetric> given = List.of(ReleaseMetric.given("m@9", "reward_score", MetricKind.PROXY,
                Direction.HIGHER_IS_BETTER, 0.6, 0.01, 10));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoodhartMonitor.audit(List.of(),
                        new ReleaseRegistry(List.of()), given, GoodhartOptions.defaults()))
                .isInstanceOf(dev.plumbline.model.PlumblineException.class).hasMessageContaining("m@9");
    }

    @Test
    void chartDrawsEveryMetricAndShadesTheAlarmedReleases() {
        GoodhartReport planted = GoodhartMonitor.audit(planted(), GoodhartOptions.defaults());
        GoodhartReport control = GoodhartMonitor.audit(control(), GoodhartOptions.defaults());

        String svg = GoodhartChart.svg(planted);
        java.nio.file.Path out = java.nio.file.Path.of("target", "goodhart-planted.svg");
        try {
            java.nio.file.Files.writeString(out, svg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(svg).contains(GoodhartMetrics.THUMBS_UP, "outcome:retained_7d", GoodhartMetrics.WIN_RATE,
                "divergence at acme-assist@v5", "stroke-dasharray");
        assertThat(count(svg, "<polyline")).isEqualTo(3);
        assertThat(GoodhartChart.svg(control)).doesNotContain("divergence at");
    }

    @Test
    void jsonStatesTheNumbersTheChartDraws() {
        GoodhartReport report = GoodhartMonitor.audit(planted(), GoodhartOptions.defaults());

        String json = ReportJson.goodhart(report);

        assertThat(json).startsWith("{\"schema_version\":1,\"report\":\"goodhart\",\"alarm\":true");
        assertThat(json).contains("\"rank_correlations\"", "\"chart_svg\":\"<svg");
        assertThat(json).isEqualTo(ReportJson.goodhart(GoodhartMonitor.audit(planted(), GoodhartOptions.defaults())));
    }

    private static RankCorrelation correlation(GoodhartReport report) {
        return report.correlations().stream()
                .filter(c -> c.proxy().equals(GoodhartMetrics.THUMBS_UP) && c.outcome().equals("outcome:retained_7d"))
                .findFirst().orElseThrow();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
