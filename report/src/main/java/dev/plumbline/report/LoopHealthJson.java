package dev.plumbline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of a {@link LoopHealth}, as served by {@code GET /v1/report} and written by {@code
 * plumbline report --json}: {@code project}, {@code generated_at} and {@code sections}, each with
 * {@code id, title, available, absent, facts, charts, computed_at}; a chart has {@code id, title, kind
 * (bar|line), categories, series[{name, values}]}, with {@code null} for a missing value. {@code
 * computed_at} is {@code null} for a view computed with the report, and the time of the earlier run
 * for a view carried from a {@link ReportSnapshot}. Field names are part of the public contract.
 */
public final class LoopHealthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LoopHealthJson() {
    }

    public static ObjectNode tree(LoopHealth health) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("project", health.project());
        root.put("generated_at", health.generatedAt().toString());
        ArrayNode sections = root.putArray("sections");
        for (Section section : health.sections()) {
            sections.add(section(section));
        }
        return root;
    }

    public static String write(LoopHealth health, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(health))
                    : MAPPER.writeValueAsString(tree(health));
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not render the loop-health report as JSON", e);
        }
    }

    static ObjectNode section(Section section) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", section.id());
        node.put("title", section.title());
        node.put("available", section.available());
        if (section.absent().isPresent()) {
            node.put("absent", section.absent().get());
        } else {
            node.putNull("absent");
        }
        ArrayNode facts = node.putArray("facts");
        section.facts().forEach(facts::add);
        ArrayNode charts = node.putArray("charts");
        section.charts().forEach(c -> charts.add(chart(c)));
        if (section.computedAt().isPresent()) {
            node.put("computed_at", section.computedAt().get().toString());
        } else {
            node.putNull("computed_at");
        }
        return node;
    }

    /** Reads back a section {@link #section} wrote; a malformed one fails with invalid input. */
    static Section readSection(JsonNode node) {
        List<String> facts = new ArrayList<>();
        node.path("facts").forEach(f -> facts.add(f.asText()));
        List<Chart> charts = new ArrayList<>();
        node.path("charts").forEach(c -> charts.add(readChart(c)));
        Optional<String> absent = node.path("absent").isTextual() ? Optional.of(node.get("absent").asText()) : Optional.empty();
        Optional<Instant> computedAt = node.path("computed_at").isTextual()
                ? Optional.of(Instant.parse(node.get("computed_at").asText())) : Optional.empty();
        return new Section(text(node, "id"), text(node, "title"), absent, facts, charts, computedAt);
    }

    private static Chart readChart(JsonNode node) {
        List<String> categories = new ArrayList<>();
        node.path("categories").forEach(c -> categories.add(c.asText()));
        List<Chart.Series> series = new ArrayList<>();
        for (JsonNode s : node.path("series")) {
            List<Double> values = new ArrayList<>();
            s.path("values").forEach(v -> values.add(v.isNumber() ? v.asDouble() : null));
            series.add(new Chart.Series(text(s, "name"), values));
        }
        return new Chart(text(node, "id"), text(node, "title"), Chart.ChartKind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)),
                categories, series);
    }

    private static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw PlumblineException.invalidInput("a stored report section lacks its '" + field + "': " + node);
        }
        return node.get(field).asText();
    }

    private static ObjectNode chart(Chart chart) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", chart.id());
        node.put("title", chart.title());
        node.put("kind", chart.kind().name().toLowerCase());
        ArrayNode categories = node.putArray("categories");
        chart.categories().forEach(categories::add);
        ArrayNode series = node.putArray("series");
        for (Chart.Series s : chart.series()) {
            ObjectNode one = series.addObject();
            one.put("name", s.name());
            ArrayNode values = one.putArray("values");
            s.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
        }
        return node;
    }
}
