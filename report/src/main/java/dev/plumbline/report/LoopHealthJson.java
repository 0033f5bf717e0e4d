package dev.plumbline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;

/**
 * The JSON of a {@link LoopHealth}, as served by {@code GET /v1/report} and written by {@code
 * plumbline report --json}: {@code project}, {@code generated_at} and {@code sections}, each with
 * {@code id, title, available, absent, facts, charts}; a chart has {@code id, title, kind (bar|line),
 * categories, series[{name, values}]}, with {@code null} for a missing value. Field names are part of
 * the public contract.
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

    private static ObjectNode section(Section section) {
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
        return node;
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
