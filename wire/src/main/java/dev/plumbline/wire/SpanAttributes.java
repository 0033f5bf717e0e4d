package dev.plumbline.wire;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of one span, event or resource, read by key with type checks. A value of the wrong
 * type is a problem at the attribute's path ({@code ...attributes['gen_ai.request.model']}); an
 * absent or empty one is simply absent. When a key repeats (OTLP forbids it) the first wins. Not
 * thread-safe.
 */
final class SpanAttributes {
    private final Map<String, AnyValue> values = new LinkedHashMap<>();
    private final String path;
    private final SpanProblems problems;
    private final Set<String> reported = new HashSet<>();

    SpanAttributes(List<KeyValue> attributes, String path, SpanProblems problems) {
        attributes.forEach(entry -> values.putIfAbsent(entry.getKey(), entry.getValue()));
        this.path = path;
        this.problems = problems;
    }

    String path(String key) {
        return path + "['" + key + "']";
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    boolean anyKeyStartsWith(String prefix) {
        return values.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    Optional<AnyValue> value(String key) {
        AnyValue value = values.get(key);
        if (value == null || value.getValueCase() == AnyValue.ValueCase.VALUE_NOT_SET) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A string value; empty strings count as absent. */
    Optional<String> string(String key) {
        Optional<AnyValue> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().getValueCase() != AnyValue.ValueCase.STRING_VALUE) {
            problem(key, "must be a string, was " + AnyValues.describe(value.get()));
            return Optional.empty();
        }
        String text = value.get().getStringValue();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A string that must be there: absent or empty is a problem with {@code reason} (a wrong type already is one). */
    Optional<String> requiredString(String key, String reason) {
        boolean wrongType = value(key).filter(v -> v.getValueCase() != AnyValue.ValueCase.STRING_VALUE).isPresent();
        Optional<String> text = string(key);
        if (text.isEmpty() && !wrongType) {
            problem(key, reason);
        }
        return text;
    }

    /** The first of the keys that holds a string. */
    Optional<String> firstString(String... keys) {
        for (String key : keys) {
            Optional<String> text = string(key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** A non-negative whole number: an int, a whole double, or a string of digits (some SDKs send those). */
    Optional<Long> count(String key) {
        Optional<Double> number = number(key);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        double value = number.get();
        if (value < 0 || value != Math.rint(value)) {
            problem(key, "must be a non-negative whole number, was " + AnyValues.describe(value(key).get()));
            return Optional.empty();
        }
        return Optional.of((long) value);
    }

    /** A finite number: an int, a double, or a numeric string. */
    Optional<Double> number(String key) {
        Optional<AnyValue> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> number = asNumber(value.get());
        if (number.isEmpty() || !Double.isFinite(number.get())) {
            problem(key, "must be a finite number, was " + AnyValues.describe(value.get()));
            return Optional.empty();
        }
        return number;
    }

    /** A string array (or a single string) as a list of strings; other element types are a problem. */
    List<String> strings(String key) {
        Optional<AnyValue> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().getValueCase() == AnyValue.ValueCase.STRING_VALUE) {
            return List.of(value.get().getStringValue());
        }
        if (value.get().getValueCase() != AnyValue.ValueCase.ARRAY_VALUE) {
            problem(key, "must be an array of strings, was " + AnyValues.describe(value.get()));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (AnyValue element : value.get().getArrayValue().getValuesList()) {
            if (element.getValueCase() == AnyValue.ValueCase.STRING_VALUE) {
                result.add(element.getStringValue());
            }
        }
        return result;
    }

    /** Reports a problem with a key once, however often the key is read. */
    private void problem(String key, String reason) {
        if (reported.add(key)) {
            problems.add(path(key), reason);
        }
    }

    private static Optional<Double> asNumber(AnyValue value) {
        switch (value.getValueCase()) {
            case INT_VALUE:
                return Optional.of((double) value.getIntValue());
            case DOUBLE_VALUE:
                return Optional.of(value.getDoubleValue());
            case STRING_VALUE:
                try {
                    return Optional.of(Double.parseDouble(value.getStringValue().trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            default:
                return Optional.empty();
        }
    }
}
