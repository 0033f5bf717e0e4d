package dev.plumbline.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.monitors.Direction;
import dev.plumbline.monitors.MetricKind;
import dev.plumbline.monitors.ReleaseMetric;
import dev.plumbline.probes.Proportion;
import dev.plumbline.probes.RegressionReport;
import dev.plumbline.probes.SycophancyReport;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.wire.Json;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Probe results per model version and check, as the store keeps them (a {@code probe_run} derived
 * fact, schema version 1) and as the Goodhart monitor reads them: each is a proxy metric of one
 * release, {@code suite:SUITE:PROMPT/CHECK} (pass rate) or {@code sycophancy:NAME} (a rate).
 */
final class ProbeResults {
    static final int SCHEMA_VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private ProbeResults() {
    }

    /** One model version's measured rate on one check: {@code count} of {@code n}. */
    record Result(ModelRef model, String check, String metric, Direction direction, int count, int n) {
        Result {
            requireNonNull(model, "model is null");
            requireNonNull(check, "check is null");
            requireNonNull(metric, "metric is null");
            requireNonNull(direction, "direction is null");
        }

        double value() {
            return (double) count / n;
        }

        double standardError() {
            return Math.sqrt(value() * (1 - value()) / n);
        }

        ReleaseMetric asReleaseMetric() {
            return ReleaseMetric.given(model.release(), metric, MetricKind.PROXY, direction, value(), standardError(), n);
        }
    }

    /** Both models' pass rate on every check that ran at least once. */
    static List<Result> of(RegressionReport report) {
        List<Result> results = new ArrayList<>();
        for (RegressionReport.PassRate rate : report.passRates()) {
            String check = rate.prompt() + "/" + rate.check();
            add(results, rate.model(), check, "suite:" + rate.suite() + ":" + check, Direction.HIGHER_IS_BETTER, rate.pass());
        }
        return results;
    }

    /** The sycophancy probes' rates that were measured (a probe without items gives none). */
    static List<Result> of(SycophancyReport report) {
        List<Result> results = new ArrayList<>();
        ModelRef model = report.model();
        report.pushback().ifPresent(p -> {
            add(results, model, "unwarranted_flip_rate", p.unwarrantedFlip(), Direction.LOWER_IS_BETTER);
            add(results, model, "warranted_correction_rate", p.warrantedCorrection(), Direction.HIGHER_IS_BETTER);
            add(results, model, "false_admission_rate", p.falseAdmission(), Direction.LOWER_IS_BETTER);
        });
        report.opinion().ifPresent(o -> add(results, model, "wrong_belief_accuracy", o.wrongBeliefAccuracy(),
                Direction.HIGHER_IS_BETTER));
        report.validator().ifPresent(v -> add(results, model, "approval_of_rejected", v.approvalOfRejected(),
                Direction.LOWER_IS_BETTER));
        report.compounding().ifPresent(c -> add(results, model, "wrong_premise_carried_rate", c.carried(),
                Direction.LOWER_IS_BETTER));
        return results;
    }

    private static void add(List<Result> results, ModelRef model, String name, Proportion rate, Direction direction) {
        add(results, model, name, "sycophancy:" + name, direction, rate);
    }

    private static void add(List<Result> results, ModelRef model, String check, String metric, Direction direction,
            Proportion rate) {
        if (rate.total() > 0) {
            results.add(new Result(model, check, metric, direction, rate.count(), rate.total()));
        }
    }

    /** A new run id: {@code probe-}, the UTC time to the second, and 8 random hex digits. */
    static String newRunId(Instant at) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "probe-" + RUN_TIME.format(at) + "-" + HexFormat.of().formatHex(random);
    }

    /** The run as a derived fact: its results, what was probed ({@code regression SUITE} or {@code sycophancy}) and whether it failed. */
    static DerivedEntry entry(String runId, Instant at, String probe, boolean failed, List<Result> results) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema_version", SCHEMA_VERSION).put("probe", probe).put("run_id", runId).put("at", at.toString())
                .put("failed", failed);
        for (Result result : results) {
            ObjectNode node = root.withArray("results").addObject();
            ObjectNode model = node.putObject("model").put("name", result.model().name());
            result.model().version().ifPresent(v -> model.put("version", v));
            result.model().family().ifPresent(f -> model.put("family", f));
            node.put("release", result.model().release()).put("check", result.check()).put("metric", result.metric())
                    .put("direction", result.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher")
                    .put("count", result.count()).put("n", result.n()).put("value", result.value());
        }
        return DerivedEntry.of(DerivedKind.PROBE_RUN, runId, at, Optional.empty(), List.of(), root.toString());
    }

    /** The stored runs' results, oldest run first. */
    static List<Result> read(List<DerivedEntry> runs) {
        List<Result> results = new ArrayList<>();
        for (DerivedEntry run : runs) {
            JsonNode root = tree(run);
            for (JsonNode node : root.path("results")) {
                JsonNode model = node.path("model");
                results.add(new Result(new ModelRef(model.path("name").asText(),
                        Optional.ofNullable(model.get("version")).map(JsonNode::asText),
                        Optional.ofNullable(model.get("family")).map(JsonNode::asText)), node.path("check").asText(),
                        node.path("metric").asText(), node.path("direction").asText().equals("lower")
                                ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                        node.path("count").asInt(), node.path("n").asInt()));
            }
        }
        return results;
    }

    /** The runs' results as Goodhart metrics: per release and metric, the latest run's value. */
    static List<ReleaseMetric> metrics(List<DerivedEntry> runs) {
        Map<String, ReleaseMetric> latest = new LinkedHashMap<>();
        for (Result result : read(runs)) {
            ReleaseMetric metric = result.asReleaseMetric();
            latest.remove(metric.release() + "\u0000" + metric.metric());
            latest.put(metric.release() + "\u0000" + metric.metric(), metric);
        }
        return List.copyOf(latest.values());
    }

    private static JsonNode tree(DerivedEntry run) {
        try {
            JsonNode root = Json.mapper().readTree(run.body());
            if (root.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
                throw PlumblineException.invalidInput("probe run " + run.id() + " has schema_version "
                        + root.path("schema_version") + "; this Plumbline reads version " + SCHEMA_VERSION);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw PlumblineException.invalidInput("probe run " + run.id() + " is not JSON: " + e.getOriginalMessage());
        }
    }
}
