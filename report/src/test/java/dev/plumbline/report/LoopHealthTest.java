package dev.plumbline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopHealthTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static Map<String, Section> sections(LoopHealth health) {
        return health.sections().stream().collect(Collectors.toMap(Section::id, Function.identity()));
    }

    @Test
    void assemblesEveryAuditTheRecordsSupportAndSaysWhichInputsAreAbsent() {
        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40), LoopHealthInputs.NONE, NOW);
        Map<String, Section> sections = sections(health);
        assertThat(health.absences()).containsOnlyKeys();
        assertThat(sections.keySet()).containsExactlyInAnyOrder("coverage", "satisfaction", "signals", "pairs", "judges",
                "voice", "goodhart", "provenance", "agreement");
        for (String id : List.of("coverage", "satisfaction", "signals", "pairs", "judges", "goodhart", "agreement")) {
            assertThat(sections.get(id).available()).as(id).isTrue();
            assertThat(sections.get(id).charts()).as(id).isNotEmpty();
            assertThat(sections.get(id).facts()).as(id).isNotEmpty();
        }
        assertThat(sections.get("voice").absent()).get().asString().contains("teacher-voice series");
        assertThat(sections.get("provenance").absent()).get().asString().contains("no contamination or overlap audit");
    }

    @Test
    void chartsTheProbeResultsGivenPerReleaseBesideTheComputedMetricsAndLeavesOutUnknownReleases() {
        List<dev.plumbline.monitors.ReleaseMetric> probes = List.of(
                dev.plumbline.monitors.ReleaseMetric.given("acme-assist@v2", "suite:support:greeting/format",
                        dev.plumbline.monitors.MetricKind.PROXY, dev.plumbline.monitors.Direction.HIGHER_IS_BETTER, 0.75, 0.1, 12),
                dev.plumbline.monitors.ReleaseMetric.given("other-model", "suite:support:greeting/format",
                        dev.plumbline.monitors.MetricKind.PROXY, dev.plumbline.monitors.Direction.HIGHER_IS_BETTER, 0.5, 0.1, 12));

        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40),
                LoopHealthInputs.NONE.withReleaseMetrics(probes), NOW);

        assertThat(health.absences()).doesNotContainKey("goodhart");
        assertThat(health.goodhart().orElseThrow().metrics()).filteredOn(m -> m.metric().startsWith("suite:"))
                .containsExactly(probes.get(0));
    }

    @Test
    void statesTheChartedNumbersInText() {
        List<dev.plumbline.model.Record> records = SampleLoop.records(7, 40);
        long free = records.stream().filter(r -> r instanceof dev.plumbline.model.Interaction i
                && "free".equals(i.meta().get("segment"))).count();
        LoopHealth health = LoopHealth.assemble("demo", records, LoopHealthInputs.NONE, NOW);
        Section coverage = sections(health).get("coverage");
        assertThat(coverage.charts().get(0).categories()).contains("segment=free", "segment=pro");
        assertThat(free).isGreaterThan(60);
        assertThat(coverage.facts()).anySatisfy(f -> assertThat(f).startsWith("segment=free: " + free + " interactions"));
        Section goodhart = sections(health).get("goodhart");
        assertThat(goodhart.charts().get(0).categories()).containsExactly("acme-assist@v1", "acme-assist@v2", "acme-assist@v3");
    }

    @Test
    void reportsAnEmptyProjectAsAbsentSectionsRatherThanFailing() {
        LoopHealth health = LoopHealth.assemble("empty", List.of(), LoopHealthInputs.NONE, NOW);
        assertThat(health.sections()).allSatisfy(s -> {
            assertThat(s.available()).as(s.id()).isFalse();
            assertThat(s.absent()).get().asString().isNotBlank();
        });
        assertThat(LoopHealthHtml.render(health)).contains("Not available: no interactions are stored in this project");
    }

    @Test
    void writesOneSelfContainedHtmlFileWithTheChartLibraryInlined(@TempDir Path dir) throws Exception {
        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40), LoopHealthInputs.NONE, NOW);
        Path file = LoopHealthHtml.write(health, dir, true);
        String html = Files.readString(file);
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "<script src");
        assertThat(html).contains("echarts").contains("drawCharts(").contains("data-chart=\"coverage-by-segment\"");
        assertThat(html.length()).isGreaterThan(1_000_000);
        assertThat(Files.readString(dir.resolve("loop-health.json"))).contains("\"generated_at\" : \"2026-11-26T12:00:00Z\"");
    }

    @Test
    void writesJsonWithNullForUndefinedValues() {
        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40), LoopHealthInputs.NONE, NOW);
        String json = LoopHealthJson.write(health, false);
        assertThat(json).doesNotContain("NaN", "Infinity").contains("\"sections\":[");
    }
}
