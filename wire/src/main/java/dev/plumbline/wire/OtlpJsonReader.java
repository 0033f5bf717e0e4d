package dev.plumbline.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import dev.plumbline.model.RecordProblem;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads OTLP/JSON into the protobuf request. OTLP's JSON is not protobuf's canonical JSON: trace and
 * span ids are hex, not base64; enums are integers (names are accepted too); 64-bit integers may be
 * strings or numbers. Fields are lowerCamelCase and unknown fields are ignored, as OTLP requires.
 * Every malformed field is a problem at its JSON path with its span's index (-1 outside spans), and
 * a span with one is marked unreadable. One instance per body; not thread-safe.
 */
final class OtlpJsonReader {
    private final List<RecordProblem> problems = new ArrayList<>();
    private final Set<Integer> unreadableSpans = new HashSet<>();
    private int spanCount;
    private int current = -1;

    /** What was read: the request, every problem, and the indexes of spans that could not be read. */
    record Read(ExportTraceServiceRequest request, List<RecordProblem> problems, Set<Integer> unreadableSpans) {
    }

    static Read read(byte[] body) {
        OtlpJsonReader reader = new OtlpJsonReader();
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
        try (JsonParser parser = Json.parser(body, 0, body.length)) {
            JsonNode root = Json.mapper().readTree(parser);
            if (root != null && parser.nextToken() != null) {
                reader.problem("$", "holds more than one JSON value");
            } else {
                reader.request(root, request);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            reader.problem("$", "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            reader.problem("$", "could not be read: " + e.getMessage());
        }
        return new Read(request.build(), reader.problems, reader.unreadableSpans);
    }

    private void request(JsonNode root, ExportTraceServiceRequest.Builder request) {
        if (root == null || !root.isObject()) {
            problem("$", "must be a JSON object {\"resourceSpans\": [...]}, was " + FieldReader.describe(root));
            return;
        }
        each(root, "resourceSpans", "$", (element, path) -> resourceSpans(element, path).ifPresent(request::addResourceSpans));
    }

    private Optional<ResourceSpans> resourceSpans(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        ResourceSpans.Builder builder = ResourceSpans.newBuilder().setSchemaUrl(string(node, "schemaUrl", path));
        JsonNode resource = node.get("resource");
        if (resource != null && !resource.isNull() && object(resource, path + ".resource")) {
            Resource.Builder resourceBuilder = Resource.newBuilder();
            attributes(resource, path + ".resource", resourceBuilder::addAttributes);
            builder.setResource(resourceBuilder);
        }
        each(node, "scopeSpans", path, (element, elementPath) -> scopeSpans(element, elementPath)
                .ifPresent(builder::addScopeSpans));
        return Optional.of(builder.build());
    }

    private Optional<ScopeSpans> scopeSpans(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        ScopeSpans.Builder builder = ScopeSpans.newBuilder().setSchemaUrl(string(node, "schemaUrl", path));
        JsonNode scope = node.get("scope");
        if (scope != null && !scope.isNull() && object(scope, path + ".scope")) {
            InstrumentationScope.Builder scopeBuilder = InstrumentationScope.newBuilder()
                    .setName(string(scope, "name", path + ".scope"))
                    .setVersion(string(scope, "version", path + ".scope"));
            attributes(scope, path + ".scope", scopeBuilder::addAttributes);
            builder.setScope(scopeBuilder);
        }
        each(node, "spans", path, (element, elementPath) -> builder.addSpans(span(element, elementPath)));
        return Optional.of(builder.build());
    }

    /** Every span is added, even a broken one, so that span indexes match the input's. */
    private Span span(JsonNode node, String path) {
        current = spanCount++;
        Span.Builder span = Span.newBuilder();
        if (object(node, path)) {
            span.setTraceId(id(node, "traceId", 16, path))
                    .setSpanId(id(node, "spanId", 8, path))
                    .setParentSpanId(id(node, "parentSpanId", 8, path))
                    .setTraceState(string(node, "traceState", path))
                    .setName(string(node, "name", path))
                    .setKindValue(enumNumber(node, "kind", "SPAN_KIND_", List.of("UNSPECIFIED", "INTERNAL", "SERVER",
                            "CLIENT", "PRODUCER", "CONSUMER"), path))
                    .setStartTimeUnixNano(unsigned64(node, "startTimeUnixNano", path))
                    .setEndTimeUnixNano(unsigned64(node, "endTimeUnixNano", path));
            attributes(node, path, span::addAttributes);
            each(node, "events", path, (event, eventPath) -> event(event, eventPath).ifPresent(span::addEvents));
            status(node, path).ifPresent(span::setStatus);
        }
        current = -1;
        return span.build();
    }

    private Optional<Span.Event> event(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        Span.Event.Builder event = Span.Event.newBuilder()
                .setTimeUnixNano(unsigned64(node, "timeUnixNano", path))
                .setName(string(node, "name", path));
        attributes(node, path, event::addAttributes);
        return Optional.of(event.build());
    }

    private Optional<Status> status(JsonNode span, String spanPath) {
        JsonNode node = span.get("status");
        String path = spanPath + ".status";
        if (node == null || node.isNull() || !object(node, path)) {
            return Optional.empty();
        }
        return Optional.of(Status.newBuilder().setMessage(string(node, "message", path))
                .setCodeValue(enumNumber(node, "code", "STATUS_CODE_", List.of("UNSET", "OK", "ERROR"), path)).build());
    }

    private void attributes(JsonNode owner, String ownerPath, Consumer<KeyValue> sink) {
        each(owner, "attributes", ownerPath, (element, path) -> keyValue(element, path).ifPresent(sink));
    }

    private Optional<KeyValue> keyValue(JsonNode node, String path) {
        if (!object(node, path)) {
            return Optional.empty();
        }
        JsonNode key = node.get("key");
        if (key == null || !key.isTextual()) {
            problem(path + ".key", "is required: the attribute's name as a string");
            return Optional.empty();
        }
        JsonNode value = node.get("value");
        AnyValue anyValue = value == null || value.isNull() ? AnyValue.getDefaultInstance()
                : anyValue(value, path + ".value");
        return Optional.of(KeyValue.newBuilder().setKey(key.textValue()).setValue(anyValue).build());
    }

    private AnyValue anyValue(JsonNode node, String path) {
        if (!object(node, path)) {
            return AnyValue.getDefaultInstance();
        }
        AnyValue.Builder value = AnyValue.newBuilder();
        if (node.has("stringValue")) {
            value.setStringValue(string(node, "stringValue", path));
        } else if (node.has("boolValue")) {
            JsonNode bool = node.get("boolValue");
            if (!bool.isBoolean()) {
                problem(path + ".boolValue", "must be true or false, was " + FieldReader.describe(bool));
            }
            value.setBoolValue(bool.asBoolean());
        } else if (node.has("intValue")) {
            value.setIntValue(signed64(node.get("intValue"), path + ".intValue"));
        } else if (node.has("doubleValue")) {
            value.setDoubleValue(doubleValue(node.get("doubleValue"), path + ".doubleValue"));
        } else if (node.has("arrayValue")) {
            ArrayValue.Builder array = ArrayValue.newBuilder();
            JsonNode arrayNode = node.get("arrayValue");
            if (object(arrayNode, path + ".arrayValue")) {
                each(arrayNode, "values", path + ".arrayValue", (element, elementPath) -> array.addValues(anyValue(element, elementPath)));
            }
            value.setArrayValue(array);
        } else if (node.has("kvlistValue")) {
            KeyValueList.Builder list = KeyValueList.newBuilder();
            JsonNode listNode = node.get("kvlistValue");
            if (object(listNode, path + ".kvlistValue")) {
                each(listNode, "values", path + ".kvlistValue", (element, elementPath) -> keyValue(element, elementPath)
                        .ifPresent(list::addValues));
            }
            value.setKvlistValue(list);
        } else if (node.has("bytesValue")) {
            value.setBytesValue(bytes(node.get("bytesValue"), path + ".bytesValue"));
        }
        return value.build();
    }

    private ByteString id(JsonNode owner, String field, int bytes, String ownerPath) {
        String hex = string(owner, field, ownerPath);
        if (hex.isEmpty()) {
            return ByteString.EMPTY;
        }
        if (hex.length() != 2 * bytes || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            problem(ownerPath + "." + field, "must be " + 2 * bytes + " hex digits (OTLP/JSON ids are hex, not base64), was '"
                    + FieldReader.abbreviate(hex) + "'");
            return ByteString.EMPTY;
        }
        return ByteString.copyFrom(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
    }

    private int enumNumber(JsonNode owner, String field, String prefix, List<String> names, String ownerPath) {
        JsonNode node = owner.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual() && node.textValue().startsWith(prefix) && names.contains(node.textValue().substring(prefix.length()))) {
            return names.indexOf(node.textValue().substring(prefix.length()));
        }
        problem(ownerPath + "." + field, "must be an enum number (or name such as " + prefix + names.get(1) + "), was "
                + FieldReader.describe(node));
        return 0;
    }

    private long unsigned64(JsonNode owner, String field, String ownerPath) {
        JsonNode node = owner.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        try {
            if (node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0) {
                return Long.parseUnsignedLong(node.bigIntegerValue().toString());
            }
            if (node.isTextual()) {
                return Long.parseUnsignedLong(node.textValue());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(ownerPath + "." + field, "must be a non-negative 64-bit integer (nanoseconds since the epoch, as a number "
                + "or a string of digits), was " + FieldReader.describe(node));
        return 0;
    }

    private long signed64(JsonNode node, String path) {
        try {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return node.longValue();
            }
            if (node.isTextual()) {
                return Long.parseLong(node.textValue());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(path, "must be a 64-bit integer (a number or a string of digits), was " + FieldReader.describe(node));
        return 0;
    }

    private double doubleValue(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        problem(path, "must be a number, was " + FieldReader.describe(node));
        return 0;
    }

    private ByteString bytes(JsonNode node, String path) {
        try {
            if (node.isTextual()) {
                return ByteString.copyFrom(Base64.getDecoder().decode(node.textValue()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(path, "must be base64 text, was " + FieldReader.describe(node));
        return ByteString.EMPTY;
    }

    private String string(JsonNode owner, String field, String ownerPath) {
        JsonNode node = owner.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            problem(ownerPath + "." + field, "must be a string, was " + FieldReader.describe(node));
            return "";
        }
        return node.textValue();
    }

    /** Calls {@code element} for each element of an optional array field, with its path. */
    private void each(JsonNode owner, String field, String ownerPath, ElementReader element) {
        JsonNode array = owner.get(field);
        String path = ownerPath + "." + field;
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            problem(path, "must be an array, was " + FieldReader.describe(array));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            element.read(array.get(i), path + "[" + i + "]");
        }
    }

    private boolean object(JsonNode node, String path) {
        if (node != null && node.isObject()) {
            return true;
        }
        problem(path, "must be an object, was " + FieldReader.describe(node));
        return false;
    }

    private void problem(String path, String reason) {
        problems.add(new RecordProblem(current, path, reason));
        if (current >= 0) {
            unreadableSpans.add(current);
        }
    }

    /** Reads one array element at its path. */
    private interface ElementReader {
        void read(JsonNode element, String path);
    }
}
