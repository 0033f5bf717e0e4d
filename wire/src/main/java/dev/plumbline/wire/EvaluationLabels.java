package dev.plumbline.wire;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@code gen_ai.evaluation.result} events of one span into single-item labels: the scale
 * is {@code gen_ai.evaluation.name}, the value {@code gen_ai.evaluation.score.value} (else {@code
 * .score.label}), {@code raw} the evaluator's explanation, the actor a judge named by the service
 * (else the instrumentation scope). The labelled interaction is the span itself when it is a model
 * call; otherwise the model call whose {@code gen_ai.response.id} the event names (within the same
 * export), else the span's parent. Label ids come from the span's ids and the event's position, so
 * a re-sent span gives duplicates, not new labels. Not thread-safe.
 */
final class EvaluationLabels {
    static final String EVENT = "gen_ai.evaluation.result";

    private final GenAiSpan span;
    private final Optional<String> ownInteraction;
    private final Map<String, String> interactionByResponseId;

    EvaluationLabels(GenAiSpan span, Optional<String> ownInteraction, Map<String, String> interactionByResponseId) {
        this.span = span;
        this.ownInteraction = ownInteraction;
        this.interactionByResponseId = interactionByResponseId;
    }

    List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (int event = 0; event < span.span.getEventsCount(); event++) {
            if (span.span.getEvents(event).getName().equals(EVENT)) {
                label(event).ifPresent(labels::add);
            }
        }
        return labels;
    }

    private Optional<Label> label(int event) {
        SpanAttributes attributes = span.eventAttributes(event);
        Optional<String> responseId = attributes.string("gen_ai.response.id");
        Optional<String> subject = subject(event, responseId);
        Optional<String> name = attributes.requiredString("gen_ai.evaluation.name",
                "is required: the evaluation's name, such as Relevance");
        boolean scoreGiven = attributes.has("gen_ai.evaluation.score.value");
        Optional<Double> score = attributes.number("gen_ai.evaluation.score.value");
        Optional<String> scoreLabel = attributes.string("gen_ai.evaluation.score.label");
        if (!scoreGiven && scoreLabel.isEmpty()) {
            span.problems.add(attributes.path("gen_ai.evaluation.score.value"),
                    "an evaluation needs a score: gen_ai.evaluation.score.value or gen_ai.evaluation.score.label");
        }
        boolean ids = span.checkIds();
        if (subject.isEmpty() || name.isEmpty() || (score.isEmpty() && scoreLabel.isEmpty()) || !ids) {
            return Optional.empty();
        }
        String value = score.map(EvaluationLabels::number).orElseGet(scoreLabel::get);
        return Optional.of(new Label(span.interactionId().orElseThrow() + "-eval-" + event,
                new LabelSubject.Item(subject.get()), value, judge(), false, Optional.empty(), span.eventTime(event),
                List.of(), attributes.string("gen_ai.evaluation.explanation"), false, name, Optional.empty(),
                meta(responseId, score.isPresent() ? scoreLabel : Optional.empty())));
    }

    private Optional<String> subject(int event, Optional<String> responseId) {
        if (ownInteraction.isPresent()) {
            return ownInteraction;
        }
        Optional<String> subject = responseId.map(interactionByResponseId::get).or(span::parentInteractionId);
        if (subject.isEmpty()) {
            span.problems.add(span.path + ".events[" + event + "]", "names no model call to label: put the "
                    + EVENT + " event on the model call's span, or give the gen_ai.response.id of a model call in the same export");
        }
        return subject;
    }

    private Actor judge() {
        String id = span.resource.string("service.name").orElse(span.scopeName.isEmpty() ? "otlp" : span.scopeName);
        return new Actor(ActorRole.JUDGE, Optional.of(id), Optional.empty());
    }

    private Map<String, String> meta(Optional<String> responseId, Optional<String> scoreLabel) {
        Map<String, String> meta = new HashMap<>();
        meta.put("otel.trace_id", span.traceIdHex());
        meta.put("otel.span_id", span.spanIdHex());
        scoreLabel.ifPresent(label -> meta.put("gen_ai.evaluation.score.label", label));
        responseId.ifPresent(id -> meta.put("gen_ai.response.id", id));
        return meta;
    }

    /** A score as the v1 wire writes numbers: {@code 4} rather than {@code 4.0}. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
