package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A judgement by a user, annotator, judge or system (wire format v1 {@code kind: label}). The
 * {@code subject} is two interaction ids (a pairwise label, whose value is {@code A} for the first,
 * {@code B} or {@code tie}) or one id (a single-item label, whose value is a number or category on
 * the named {@code scale}). {@code order} is the order the two sides were shown in; {@code raw} and
 * {@code unparsed} keep a judge's output when no verdict could be read. Immutable.
 */
public record LabelEvent(
        String id,
        List<String> subject,
        String value,
        Actor actor,
        boolean sawDraft,
        Optional<String> guideline,
        Instant ts,
        List<String> order,
        Optional<String> raw,
        boolean unparsed,
        Optional<String> scale,
        Optional<String> round,
        Map<String, String> meta)
        implements Event {
    public static final List<String> PAIR_VALUES = List.of("A", "B", "tie");

    public LabelEvent {
        Checks.requireId(id, "id");
        subject = Checks.ids(subject, "subject");
        if (subject.isEmpty() || subject.size() > 2 || (subject.size() == 2 && subject.get(0).equals(subject.get(1)))) {
            throw new IllegalArgumentException("subject must be one id or two different ids, was " + subject);
        }
        requireNonNull(value, "value is null");
        requireNonNull(actor, "actor is null");
        Checks.requirePresent(guideline, "guideline");
        requireNonNull(ts, "ts is null");
        order = Checks.ids(order, "order");
        requireNonNull(raw, "raw is null");
        Checks.requirePresent(scale, "scale");
        Checks.requirePresent(round, "round");
        meta = Checks.meta(meta);
        if (!unparsed && subject.size() == 2 && !PAIR_VALUES.contains(value)) {
            throw new IllegalArgumentException("a pairwise label's value must be A, B or tie, was '" + value + "'");
        }
        if (!unparsed && value.isEmpty()) {
            throw new IllegalArgumentException("value is empty: give one, or mark the label unparsed");
        }
    }

    /** A's and B's ids, and the verdict: {@code A}, {@code B} or {@code tie}. */
    public static LabelEvent pairwise(String first, String second, String value, Actor actor) {
        return new LabelEvent(Checks.newId(), List.of(first, second), value, actor, false, Optional.empty(),
                Instant.now(), List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of());
    }

    /** A judge's output from which no verdict could be read, kept so the judge audit can count it. */
    public static LabelEvent unparsedPairwise(String first, String second, String rawOutput, Actor actor) {
        return new LabelEvent(Checks.newId(), List.of(first, second), "", actor, false, Optional.empty(), Instant.now(),
                List.of(), Optional.of(requireNonNull(rawOutput, "rawOutput is null")), true, Optional.empty(),
                Optional.empty(), Map.of());
    }

    /** A single-item label: {@code item("i-42", "4", "helpfulness-1-5", actor)}. */
    public static LabelEvent item(String interactionId, String value, String scale, Actor actor) {
        return new LabelEvent(Checks.newId(), List.of(interactionId), value, actor, false, Optional.empty(),
                Instant.now(), List.of(), Optional.empty(), false, Checks.optional(scale), Optional.empty(), Map.of());
    }

    public LabelEvent withId(String newId) {
        return new LabelEvent(newId, subject, value, actor, sawDraft, guideline, ts, order, raw, unparsed, scale, round,
                meta);
    }

    public LabelEvent withTs(Instant newTs) {
        return new LabelEvent(id, subject, value, actor, sawDraft, guideline, newTs, order, raw, unparsed, scale, round,
                meta);
    }

    /** Whether the labeller saw a model-written draft first (anchoring), which provenance audits need. */
    public LabelEvent withSawDraft(boolean newSawDraft) {
        return new LabelEvent(id, subject, value, actor, newSawDraft, guideline, ts, order, raw, unparsed, scale, round,
                meta);
    }

    public LabelEvent withGuideline(String newGuideline) {
        return new LabelEvent(id, subject, value, actor, sawDraft, Checks.optional(newGuideline), ts, order, raw,
                unparsed, scale, round, meta);
    }

    /** The two ids in the order they were shown, for position-bias audits. */
    public LabelEvent withOrder(String shownFirst, String shownSecond) {
        return new LabelEvent(id, subject, value, actor, sawDraft, guideline, ts, List.of(shownFirst, shownSecond), raw,
                unparsed, scale, round, meta);
    }

    /** A judge's raw output, kept beside its parsed verdict. */
    public LabelEvent withRaw(String newRaw) {
        return new LabelEvent(id, subject, value, actor, sawDraft, guideline, ts, order, Optional.ofNullable(newRaw),
                unparsed, scale, round, meta);
    }

    public LabelEvent withRound(String newRound) {
        return new LabelEvent(id, subject, value, actor, sawDraft, guideline, ts, order, raw, unparsed, scale,
                Checks.optional(newRound), meta);
    }

    public LabelEvent withMeta(String key, String metaValue) {
        return new LabelEvent(id, subject, value, actor, sawDraft, guideline, ts, order, raw, unparsed, scale, round,
                Checks.with(meta, key, metaValue));
    }
}
