package dev.plumbline.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends compact JSON to a {@link StringBuilder}: just enough for v1 records, so that the client
 * needs no JSON library. Field order is the caller's. Not thread-safe; one per batch.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private boolean first = true;

    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        out.append('{');
        first = true;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        first = false;
        return this;
    }

    /** Starts a nested object as the value of {@code name}; close it with {@link #endObject()}. */
    JsonWriter object(String name) {
        key(name);
        return beginObject();
    }

    JsonWriter field(String name, String value) {
        key(name);
        string(value);
        return this;
    }

    JsonWriter field(String name, double value) {
        key(name);
        // Double.toString never yields NaN or Infinity here: the event types only hold finite numbers.
        out.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value));
        return this;
    }

    JsonWriter field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonWriter field(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    JsonWriter optionalText(String name, Optional<String> value) {
        value.ifPresent(v -> field(name, v));
        return this;
    }

    JsonWriter optionalNumber(String name, Optional<Double> value) {
        value.ifPresent(v -> field(name, v.doubleValue()));
        return this;
    }

    JsonWriter strings(String name, List<String> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** An object of string values, left out when empty. */
    JsonWriter stringMap(String name, Map<String, String> values) {
        if (values.isEmpty()) {
            return this;
        }
        object(name);
        values.forEach(this::field);
        return endObject();
    }

    /** Starts an array of objects; each element is {@link #element()} ... {@link #endObject()}. */
    JsonWriter array(String name) {
        key(name);
        out.append('[');
        first = true;
        return this;
    }

    JsonWriter element() {
        if (!first) {
            out.append(',');
        }
        return beginObject();
    }

    JsonWriter endArray() {
        out.append(']');
        first = false;
        return this;
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20) {
                out.append(c);
            } else {
                control(c);
            }
        }
        out.append('"');
    }

    private void control(char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
