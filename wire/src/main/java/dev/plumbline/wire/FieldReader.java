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
            Instant fast = utcInstant(text.get());
            return fast != null ? fast : OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            problem(field, "must be an ISO-8601 timestamp with an offset, such as 2026-11-01T10:00:00Z; was '"
                    + abbreviate(text.get()) + "'");
            return Instant.EPOCH;
        }
    }

    /**
     * The common shape {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} read by hand (the general parser is
     * the costliest step of decoding a record); null for anything else, which the general parser
     * then reads or rejects.
     */
    static Instant utcInstant(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (text.charAt(19) != '.' || n - 21 > 9 || n == 21) {
                return null;
            }
            int fraction = digits(text, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * (int) Math.pow(10, 9 - (n - 21));
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
