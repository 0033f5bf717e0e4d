package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.RecordProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed fields out of one JSON object and collects a {@link RecordProblem} with the field's
 * path for every field that is missing or of the wrong type, so one pass reports all of a record's
 * problems. Not thread-safe; one instance per record.
 */
final class FieldReader {
    private final JsonNode node;
    private final int index;
    private final String path;
    private final List<RecordProblem> problems;

    FieldReader(JsonNode node, int index, String path, List<RecordProblem> problems) {
        this.node = node;
        this.index = index;
        this.path = path;
        this.problems = problems;
    }

    FieldReader child(String field) {
        JsonNode child = node == null ? null : node.get(field);
        return new FieldReader(child, index, path + "." + field, problems);
    }

    FieldReader element(int i) {
        return new FieldReader(node == null ? null : node.get(i), index, path + "[" + i + "]", problems);
    }

    boolean has(String field) {
        JsonNode child = node == null ? null : node.get(field);
        return child != null && !child.isNull();
    }

    JsonNode node(String field) {
        return node == null ? null : node.get(field);
    }

    String fieldPath(String field) {
        return path + "." + field;
    }

    void problem(String field, String reason) {
        problems.add(new RecordProblem(index, field.isEmpty() ? path : fieldPath(field), reason));
    }

    String requiredString(String field) {
        return optionalString(field).orElseGet(() -> {
            if (!has(field)) {
                problem(field, "is required (a non-empty string)");
            }
            return "";
        });
    }

    Optional<String> optionalString(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            problem(field, "must be a string, was " + describe(value));
            return Optional.empty();
        }
        if (value.textValue().isEmpty()) {
            problem(field, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** A string that may legitimately be empty, such as a completion. */
    String requiredText(String field) {
        if (!has(field)) {
            problem(field, "is required (a string)");
            return "";
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            problem(field, "must be a string, was " + describe(value));
            return "";
        }
        return value.textValue();
    }

    Optional<Double> optionalNumber(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            problem(field, "must be a number, was " + describe(value));
            return Optional.empty();
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            problem(field, "must be a finite number");
            return Optional.empty();
        }
        return Optional.of(number);
    }

    boolean optionalBoolean(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problem(field, "must be true or false, was " + describe(value));
            return fallback;
        }
        return value.booleanValue();
    }

    Instant requiredInstant(String field) {
        Optional<String> text = optionalString(field);
        if (text.isEmpty()) {
            if (!has(field)) {
                problem(field, "is required (an ISO-8601 timestamp such as 2026-11-01T10:00:00Z)");
            }
            return Instant.EPOCH;
        }
        try {
            return OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            problem(field, "must be an ISO-8601 timestamp with an offset, such as 2026-11-01T10:00:00Z; was '"
                    + abbreviate(text.get()) + "'");
            return Instant.EPOCH;
        }
    }

    /** A string or an array of strings, read as a list. */
    List<String> stringList(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        if (!value.isArray()) {
            problem(field, "must be a string or an array of strings, was " + describe(value));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual() || element.textValue().isEmpty()) {
                problems.add(new RecordProblem(index, fieldPath(field) + "[" + i + "]", "must be a non-empty string"));
            } else {
                result.add(element.textValue());
            }
        }
        return result;
    }

    /** An object of scalar values, read as strings; nested values are an error. */
    Map<String, String> scalarMap(String field) {
        if (!has(field)) {
            return Map.of();
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            problem(field, "must be an object, was " + describe(value));
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            JsonNode v = entry.getValue();
            if (v.isValueNode() && !v.isNull()) {
                result.put(entry.getKey(), v.asText());
            } else if (!v.isNull()) {
                problems.add(new RecordProblem(index, fieldPath(field) + "." + entry.getKey(),
                        "must be a string, number or boolean, was " + describe(v)));
            }
        });
        return result;
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string '" + abbreviate(value.textValue()) + "'";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> value.asText();
            case BINARY, MISSING, NULL, POJO -> value.getNodeType().name().toLowerCase();
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
