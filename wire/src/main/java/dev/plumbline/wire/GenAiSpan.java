package dev.plumbline.wire;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * One span of an export with where it stands (its index and OTLP JSON path), its resource's and its
 * own attributes, and what the GenAI conventions say it is. A span is GenAI when it has a {@code
 * gen_ai.*} attribute or event; it is a model call (an interaction) when its {@code
 * gen_ai.operation.name} is chat, text_completion or generate_content, or when it names no
 * operation but a model (the older conventions). Not thread-safe.
 */
final class GenAiSpan {
    private static final Set<String> MODEL_CALLS = Set.of("chat", "text_completion", "generate_content");
    private static final HexFormat HEX = HexFormat.of();

    final int index;
    final String path;
    final Span span;
    final String scopeName;
    final SpanProblems problems;
    final SpanAttributes attributes;
    final SpanAttributes resource;
    private final Optional<String> operation;
    private final Optional<String> responseId;
    private Boolean idsChecked;

    GenAiSpan(int index, String path, Span span, String scopeName, SpanAttributes resource, SpanProblems problems) {
        this.index = index;
        this.path = path;
        this.span = span;
        this.scopeName = scopeName;
        this.problems = problems;
        this.attributes = new SpanAttributes(span.getAttributesList(), path + ".attributes", problems);
        this.resource = resource;
        this.operation = attributes.string("gen_ai.operation.name");
        this.responseId = attributes.string("gen_ai.response.id");
    }

    boolean isGenAi() {
        return attributes.anyKeyStartsWith("gen_ai.")
                || span.getEventsList().stream().anyMatch(event -> event.getName().startsWith("gen_ai."));
    }

    boolean isModelCall() {
        if (operation.isPresent()) {
            return MODEL_CALLS.contains(operation.get());
        }
        return attributes.has("gen_ai.request.model") || attributes.has("gen_ai.response.model");
    }

    Optional<String> operation() {
        return operation;
    }

    Optional<String> responseId() {
        return responseId;
    }

    /** A string attribute of the span, else of its resource. */
    Optional<String> spanOrResource(String key) {
        return attributes.string(key).or(() -> resource.string(key));
    }

    SpanAttributes eventAttributes(int event) {
        return new SpanAttributes(span.getEvents(event).getAttributesList(),
                path + ".events[" + event + "].attributes", problems);
    }

    /** The id of the interaction this span is, from its trace and span ids: a re-sent span gets the same one. */
    Optional<String> interactionId() {
        return Optional.ofNullable(interactionId(span.getTraceId(), span.getSpanId()));
    }

    /** The interaction id of this span's parent, when it has one. */
    Optional<String> parentInteractionId() {
        return Optional.ofNullable(interactionId(span.getTraceId(), span.getParentSpanId()));
    }

    String traceIdHex() {
        return HEX.formatHex(span.getTraceId().toByteArray());
    }

    String spanIdHex() {
        return HEX.formatHex(span.getSpanId().toByteArray());
    }

    /** Checks the ids an interaction id is made of, recording a problem for each bad one. */
    boolean checkIds() {
        if (idsChecked == null) {
            boolean ok = checkId(span.getTraceId(), 16, "traceId");
            idsChecked = checkId(span.getSpanId(), 8, "spanId") && ok;
        }
        return idsChecked;
    }

    Optional<Instant> startTime() {
        return time(span.getStartTimeUnixNano(), "startTimeUnixNano");
    }

    /** An event's time, or the span's end (then start) when the event has none. */
    Instant eventTime(int event) {
        long nanos = span.getEvents(event).getTimeUnixNano();
        if (nanos == 0) {
            nanos = span.getEndTimeUnixNano() != 0 ? span.getEndTimeUnixNano() : span.getStartTimeUnixNano();
        }
        return Instant.ofEpochSecond(Long.divideUnsigned(nanos, 1_000_000_000L), Long.remainderUnsigned(nanos, 1_000_000_000L));
    }

    private Optional<Instant> time(long nanos, String field) {
        if (nanos == 0) {
            problems.add(path + "." + field, "is required: the span's start in nanoseconds since the epoch");
            return Optional.empty();
        }
        if (nanos < 0) {
            problems.add(path + "." + field, "is after the year 2262: " + Long.toUnsignedString(nanos));
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L));
    }

    private boolean checkId(ByteString id, int bytes, String field) {
        if (id.size() != bytes) {
            problems.add(path + "." + field, "must be " + bytes + " bytes (" + 2 * bytes
                    + " hex digits in JSON), was " + id.size() + " bytes");
            return false;
        }
        if (isZero(id)) {
            problems.add(path + "." + field, "must not be all zero (an invalid id)");
            return false;
        }
        return true;
    }

    private static String interactionId(ByteString traceId, ByteString spanId) {
        if (traceId.size() != 16 || spanId.size() != 8 || isZero(traceId) || isZero(spanId)) {
            return null;
        }
        return "otlp-" + HEX.formatHex(traceId.toByteArray()) + "-" + HEX.formatHex(spanId.toByteArray());
    }

    private static boolean isZero(ByteString id) {
        for (int i = 0; i < id.size(); i++) {
            if (id.byteAt(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
