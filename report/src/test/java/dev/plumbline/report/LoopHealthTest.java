package dev.plumbline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    private static QueueThroughput blindQueue() {
        Instant t0 = NOW.minusSeconds(7200);
        List<dev.plumbline.annotation.BacklogItem> items = List.of(
                new dev.plumbline.annotation.BacklogItem("q1", "below-confidence", t0, 2, 0, 2),
                new dev.plumbline.annotation.BacklogItem("q2", "below-confidence", NOW.minusSeconds(600), 0, 0, 2),
                new dev.plumbline.annotation.BacklogItem("q3", "audit-sample", NOW.minusSeconds(1200), 1, 0, 2));
        List<dev.plumbline.annotation.WorkDone> work = List.of(
                new dev.plumbline.annotation.WorkDone("ann-1", "q1", t0, java.util.Optional.of(t0.plusSeconds(30)),
                        java.util.Optional.of("A"), java.util.Optional.empty()),
                new dev.plumbline.annotation.WorkDone("ann-1", "q3", t0.plusSeconds(1800), java.util.Optional.of(t0.plusSeconds(1850)),
                        java.util.Optional.of("A"), java.util.Optional.of("A")),
                new dev.plumbline.annotation.WorkDone("ann-2", "q1", t0, java.util.Optional.of(t0.plusSeconds(90)),
                        java.util.Optional.of("B"), java.util.Optional.empty()));
        return new QueueThroughput("blind", dev.plumbline.annotation.Throughput.measure(items, work, NOW));
    }

    @Test
    void chartsEachQueuesThroughputAndBacklogAndStatesTheSameNumbersInText() {
        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40),
                LoopHealthInputs.NONE.withQueues(List.of(blindQueue())), NOW);
        Section annotation = sections(health).get("agreement");
        assertThat(annotation.title()).isEqualTo("Annotation throughput and agreement");
        Map<String, Chart> charts = annotation.charts().stream().collect(Collectors.toMap(Chart::id, Function.identity()));
        assertThat(charts).containsKeys("annotator-throughput", "annotator-time-per-item", "queue-age", "queue-backlog",
                "queue-waiting-per-policy", "agreement-pairs", "annotator-labels");
        // ann-1 labelled twice in two sittings (30 s, then 50 s half an hour later): 2 / (80 / 3600) items per
        // hour of work; ann-2 once in 90 s: 40 per hour
        assertThat(charts.get("annotator-throughput").categories()).containsExactly("ann-1", "ann-2");
        assertThat(charts.get("annotator-throughput").series().get(0).values().get(0)).isCloseTo(2 / (80 / 3600.0), within(1e-9));
        assertThat(charts.get("annotator-throughput").series().get(0).values().get(1)).isCloseTo(40.0, within(1e-9));
        // two waiting items, enqueued 600 s and 1,200 s ago: nearest-rank p50 600 s, p95 1,200 s
        assertThat(charts.get("queue-age").series().get(0).values()).containsExactly(600.0);
        assertThat(charts.get("queue-age").series().get(1).values()).containsExactly(1200.0);
        assertThat(charts.get("queue-waiting-per-policy").categories()).containsExactly("audit-sample", "below-confidence");
        assertThat(annotation.facts()).contains(
                "Queue blind: 3 items (2 waiting, 0 in progress, 1 complete), 3 labels; waiting items' age p50 600.0 s, p95 1200.0 s;"
                        + " waiting per policy: audit-sample 1, below-confidence 1.",
                "Queue blind, ann-1: 2 labels, 90.0 items per hour of work, median 30.0 s per item, gold accuracy 1.000 (1 of 1).");
    }

    @Test
    void showsTheQueuesWithoutAnyLabelsAndSaysAgreementIsMissing() {
        LoopHealth health = LoopHealth.assemble("empty", List.of(), LoopHealthInputs.NONE.withQueues(List.of(blindQueue())), NOW);
        Section annotation = sections(health).get("agreement");
        assertThat(annotation.available()).isTrue();
        assertThat(annotation.facts()).anySatisfy(f -> assertThat(f).startsWith("Agreement: not available: no labels from human annotators"));
    }

    @Test
    void statesHowManyAssistedLabelsTheJudgeCalibrationLeftOut() {
        List<dev.plumbline.model.Record> records = new java.util.ArrayList<>(SampleLoop.records(7, 40));
        List<dev.plumbline.model.Record> assisted = records.stream()
                .filter(r -> r instanceof dev.plumbline.model.Label l && l.actor().role() == dev.plumbline.model.ActorRole.ANNOTATOR)
                .limit(5).map(r -> (dev.plumbline.model.Record) ((dev.plumbline.model.Label) r).withSawDraft(true)).toList();
        records.removeIf(r -> assisted.stream().anyMatch(a -> a.id().equals(r.id())));
        records.addAll(assisted);
        Section judges = sections(LoopHealth.assemble("demo", records, LoopHealthInputs.NONE, NOW)).get("judges");
        assertThat(assisted).hasSize(5);
        assertThat(judges.facts()).contains("Human reference and ceiling: blind annotator labels only; 5 labels given with a draft"
                + " in view (saw_draft, anchored on it) were excluded.");
    }

    @Test
    void showsTheVoiceAndContaminationViewsOfTheLastRunThatHadTheirArgumentsWithTheirTime() {
        Section voice = Section.of("voice", "Teacher proximity and distinctive phrases per release", List.of("v2: teacher proximity 0.4."),
                List.of(new Chart("teacher-proximity", "Teacher proximity per release", Chart.ChartKind.LINE, List.of("v1", "v2"),
                        List.of(new Chart.Series("teacher proximity", java.util.Arrays.asList(0.1, null))))));
        Instant earlier = NOW.minusSeconds(86_400);
        ReportSnapshot snapshot = ReportSnapshot.fromJson(new ReportSnapshot(earlier, "plumbline report", List.of(voice)).toJson());
        assertThat(snapshot.sections()).containsExactly(voice);

        LoopHealth health = LoopHealth.assemble("demo", SampleLoop.records(7, 40), LoopHealthInputs.NONE.withEarlier(snapshot), NOW);
        Section shown = sections(health).get("voice");
        assertThat(shown.computedAt()).contains(earlier);
        assertThat(shown.charts()).isEqualTo(voice.charts());
        assertThat(shown.facts().get(0)).contains("Computed by plumbline report at 2026-11-25T12:00:00Z");
        assertThat(sections(health).get("provenance").available()).isFalse();
        assertThat(LoopHealthJson.write(health, false)).contains("\"computed_at\":\"2026-11-25T12:00:00Z\"");
        // a run without the arguments has nothing of its own to store
        assertThat(ReportSnapshot.of(health, "plumbline report")).isEmpty();
    }

    @Test
    void refusesASnapshotOfAnotherSchemaVersion() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportSnapshot.fromJson("{\"schema_version\":2,\"sections\":[]}"))
                .isInstanceOf(dev.plumbline.model.PlumblineException.class).hasMessageContaining("schema_version 2");
    }
}
