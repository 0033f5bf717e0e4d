package dev.plumbline.wire;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.model.Usage;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the spans of one export to v1 records: a model-call span to an {@link Interaction} (id from
 * its trace and span ids, session from {@code gen_ai.conversation.id}, ts from its start, model from
 * {@code gen_ai.request.model} / {@code gen_ai.response.model} / {@code gen_ai.provider.name}) and
 * each {@code gen_ai.evaluation.result} event to a label on that interaction (see {@link
 * EvaluationLabels}). One instance per export; not thread-safe.
 */
final class GenAiSpanMapper {
    private final List<GenAiSpan> spans = new ArrayList<>();
    private final Map<String, String> interactionByResponseId = new HashMap<>();

    GenAiSpanMapper(ExportTraceServiceRequest request) {
        locate(request);
        for (GenAiSpan span : spans) {
            if (span.isModelCall()) {
                span.interactionId().ifPresent(id -> span.responseId()
                        .ifPresent(responseId -> interactionByResponseId.putIfAbsent(responseId, id)));
            }
        }
    }

    int spanCount() {
        return spans.size();
    }

    /** Maps every span that could be read; {@code unreadable} spans already have their problems in {@code readProblems}. */
    OtlpResult map(List<RecordProblem> readProblems, Set<Integer> unreadable) {
        List<RecordBatch.IndexedRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>(readProblems);
        int skipped = 0;
        for (GenAiSpan span : spans) {
            if (unreadable.contains(span.index)) {
                continue;
            }
            List<Record> mapped = span.isGenAi() ? map(span) : List.of();
            if (span.problems.any()) {
                problems.addAll(span.problems.list());
            } else if (mapped.isEmpty()) {
                skipped++;
            } else {
                mapped.forEach(record -> records.add(new RecordBatch.IndexedRecord(span.index, record)));
            }
        }
        problems.sort(Comparator.comparingInt(RecordProblem::index));
        return new OtlpResult(records, problems, spans.size(), skipped);
    }

    private List<Record> map(GenAiSpan span) {
        List<Record> records = new ArrayList<>();
        Optional<String> subject = Optional.empty();
        if (span.isModelCall()) {
            Optional<Interaction> interaction = interaction(span);
            interaction.ifPresent(records::add);
            subject = interaction.map(Interaction::id);
        }
        records.addAll(new EvaluationLabels(span, subject, interactionByResponseId).labels());
        return records;
    }

    private Optional<Interaction> interaction(GenAiSpan span) {
        if (!span.checkIds()) {
            return Optional.empty();
        }
        Optional<Instant> ts = span.startTime();
        Optional<ModelRef> model = model(span);
        GenAiConversation conversation = GenAiConversation.read(span);
        Optional<Usage> usage = usage(span);
        Map<String, String> meta = meta(span, conversation);
        Optional<String> session = span.spanOrResource("gen_ai.conversation.id").or(() -> span.spanOrResource("session.id"));
        Optional<String> user = span.spanOrResource("user.id").or(() -> span.spanOrResource("enduser.id"));
        if (ts.isEmpty() || model.isEmpty() || span.problems.any()) {
            return Optional.empty();
        }
        return Optional.of(new Interaction(span.interactionId().orElseThrow(), session, user, ts.get(), model.get(),
                conversation.input(), conversation.completion(), Optional.empty(), Optional.empty(), usage, meta));
    }

    /**
     * The model: {@code plumbline.model.name/version/family} (span or resource) when the application
     * names its own model; otherwise the requested model, versioned by the responding model where
     * that differs (gpt-4o answered by gpt-4o-2024-08-06), with the provider as family.
     */
    private static Optional<ModelRef> model(GenAiSpan span) {
        Optional<String> provider = span.attributes.firstString("gen_ai.provider.name", "gen_ai.system");
        Optional<String> family = span.spanOrResource("plumbline.model.family").or(() -> provider);
        Optional<String> version = span.spanOrResource("plumbline.model.version");
        Optional<String> own = span.spanOrResource("plumbline.model.name");
        if (own.isPresent()) {
            return Optional.of(new ModelRef(own.get(), version, family));
        }
        Optional<String> requested = span.attributes.string("gen_ai.request.model");
        Optional<String> responded = span.attributes.string("gen_ai.response.model");
        Optional<String> name = requested.or(() -> responded);
        if (name.isEmpty()) {
            span.problems.add(span.attributes.path("gen_ai.request.model"),
                    "is required on a model-call span: the model's name (or give gen_ai.response.model)");
            return Optional.empty();
        }
        Optional<String> respondedVersion = responded.filter(model -> !model.equals(name.get()));
        return Optional.of(new ModelRef(name.get(), version.or(() -> respondedVersion), family));
    }

    private static Optional<Usage> usage(GenAiSpan span) {
        Optional<Long> input = span.attributes.count("gen_ai.usage.input_tokens")
                .or(() -> span.attributes.count("gen_ai.usage.prompt_tokens"));
        Optional<Long> output = span.attributes.count("gen_ai.usage.output_tokens")
                .or(() -> span.attributes.count("gen_ai.usage.completion_tokens"));
        if (input.isEmpty() && output.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Usage(input.orElse(0L), output.orElse(0L)));
    }

    private static Map<String, String> meta(GenAiSpan span, GenAiConversation conversation) {
        Map<String, String> meta = new HashMap<>();
        meta.put("otel.trace_id", span.traceIdHex());
        meta.put("otel.span_id", span.spanIdHex());
        span.operation().ifPresent(operation -> meta.put("gen_ai.operation.name", operation));
        span.attributes.firstString("gen_ai.provider.name", "gen_ai.system")
                .ifPresent(provider -> meta.put("gen_ai.provider.name", provider));
        span.responseId().ifPresent(id -> meta.put("gen_ai.response.id", id));
        List<String> finishReasons = span.attributes.strings("gen_ai.response.finish_reasons");
        if (!finishReasons.isEmpty()) {
            meta.put("gen_ai.response.finish_reasons", String.join(",", finishReasons));
        }
        span.resource.string("service.name").ifPresent(service -> meta.put("service.name", service));
        if (span.span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR) {
            meta.put("otel.status_code", "ERROR");
            span.attributes.string("error.type").ifPresent(type -> meta.put("error.type", type));
        }
        if (conversation.output().size() > 1) {
            meta.put("gen_ai.output.choices", Integer.toString(conversation.output().size()));
        }
        return meta;
    }

    private void locate(ExportTraceServiceRequest request) {
        for (int r = 0; r < request.getResourceSpansCount(); r++) {
            ResourceSpans resourceSpans = request.getResourceSpans(r);
            String resourcePath = "$.resourceSpans[" + r + "]";
            for (int s = 0; s < resourceSpans.getScopeSpansCount(); s++) {
                ScopeSpans scopeSpans = resourceSpans.getScopeSpans(s);
                String scopePath = resourcePath + ".scopeSpans[" + s + "]";
                for (int k = 0; k < scopeSpans.getSpansCount(); k++) {
                    SpanProblems problems = new SpanProblems(spans.size());
                    SpanAttributes resource = new SpanAttributes(resourceSpans.getResource().getAttributesList(),
                            resourcePath + ".resource.attributes", problems);
                    spans.add(new GenAiSpan(spans.size(), scopePath + ".spans[" + k + "]", scopeSpans.getSpans(k),
                            scopeSpans.getScope().getName(), resource, problems));
                }
            }
        }
    }
}
