package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.monitors.Direction;
import dev.plumbline.monitors.MetricKind;
import dev.plumbline.monitors.ReleaseMetric;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metrics posted directly to the Goodhart monitor (a reward-model score, an offline eval, a business
 * KPI): JSONL, one per line, {@code {"release": "name@version", "metric": "...", "kind": "proxy" |
 * "outcome", "value": 0.71, "se": 0.02, "n": 500, "direction": "higher" | "lower"}}.
 */
final class GivenMetrics {
    private GivenMetrics() {
    }

    static List<ReleaseMetric> read(Path file) throws IOException {
        List<ReleaseMetric> metrics = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file)) {
            line++;
            if (!text.isBlank()) {
                metrics.add(metric(Json.mapper().readTree(text), file, line));
            }
        }
        return metrics;
    }

    private static ReleaseMetric metric(JsonNode node, Path file, int line) {
        String where = file + " line " + line + ": ";
        for (String field : new String[] {"release", "metric", "kind", "value"}) {
            if (!node.hasNonNull(field)) {
                throw PlumblineException.invalidInput(where + "'" + field + "' is required");
            }
        }
        MetricKind kind;
        try {
            kind = MetricKind.valueOf(node.get("kind").asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlumblineException.invalidInput(where + "kind must be proxy or outcome");
        }
        String name = node.get("metric").asText();
        Direction direction = node.has("direction")
                ? (node.get("direction").asText().startsWith("lower") ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                : (kind == MetricKind.OUTCOME ? Direction.ofOutcome(name) : Direction.HIGHER_IS_BETTER);
        if (!node.get("value").isNumber()) {
            throw PlumblineException.invalidInput(where + "value must be a number");
        }
        return ReleaseMetric.given(node.get("release").asText(), name, kind, direction, node.get("value").asDouble(),
                node.path("se").asDouble(0), node.path("n").asInt(0));
    }
}
