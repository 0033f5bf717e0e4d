package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A judgement on a subject by a user, annotator, judge or system. A pairwise label's value is
 * {@code A}, {@code B} or {@code tie}; a single-item label's value is a number or category on the
 * named {@code scale}. {@code order} records the order in which the two sides were shown; {@code
 * raw} and {@code unparsed} keep a judge's output when no verdict could be read from it.
 */
public record Label(
        String id,
        LabelSubject subject,
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
        implements Record {
    public Label {
        requireNonNull(id, "id is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(value, "value is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(guideline, "guideline is null");
        requireNonNull(ts, "ts is null");
        order = List.copyOf(requireNonNull(order, "order is null"));
        requireNonNull(raw, "raw is null");
        requireNonNull(scale, "scale is null");
        requireNonNull(round, "round is null");
        meta = Map.copyOf(requireNonNull(meta, "meta is null"));
        if (subject instanceof LabelSubject.Pair && !unparsed && !PAIR_VALUES.contains(value)) {
            throw PlumblineException.invalidInput("a pairwise label's value must be A, B or tie, was '" + value + "'");
        }
    }

    public static final List<String> PAIR_VALUES = List.of("A", "B", "tie");

    @Override
    public Kind kind() {
        return Kind.LABEL;
    }

    @Override
    public Label withTs(Instant newTs) {
        return new Label(id, subject, value, actor, sawDraft, guideline, newTs, order, raw, unparsed, scale, round,
                meta);
    }

    /** A parsed pairwise label with no optional fields. */
    public static Label pairwise(String id, String first, String second, String value, Actor actor, Instant ts) {
        return new Label(id, new LabelSubject.Pair(first, second), value, actor, false, Optional.empty(), ts,
                List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * A pairwise judge label whose output held no readable verdict: empty value, {@code unparsed}, the
     * raw output kept (an empty output is recorded as no raw, which is what the wire format expects).
     */
    public static Label unparsedPairwise(String id, String first, String second, String raw, Actor actor, Instant ts) {
        return new Label(id, new LabelSubject.Pair(first, second), "", actor, false, Optional.empty(), ts,
                List.of(), Optional.of(raw).filter(r -> !r.isEmpty()), true, Optional.empty(), Optional.empty(), Map.of());
    }

    /** The same label, given with ({@code true}) or without a draft (such as a judge's verdict) in view. */
    public Label withSawDraft(boolean newSawDraft) {
        return new Label(id, subject, value, actor, newSawDraft, guideline, ts, order, raw, unparsed, scale, round, meta);
    }

    public Label withOrder(List<String> newOrder) {
        return new Label(id, subject, value, actor, sawDraft, guideline, ts, newOrder, raw, unparsed, scale, round, meta);
    }

    public Label withRaw(String newRaw) {
        return new Label(id, subject, value, actor, sawDraft, guideline, ts, order, Optional.of(newRaw), unparsed, scale,
                round, meta);
    }

    public Label withGuideline(String newGuideline) {
        return new Label(id, subject, value, actor, sawDraft, Optional.of(newGuideline), ts, order, raw, unparsed, scale,
                round, meta);
    }

    public Label withRound(String newRound) {
        return new Label(id, subject, value, actor, sawDraft, guideline, ts, order, raw, unparsed, scale,
                Optional.of(newRound), meta);
    }

    public Label withMeta(Map<String, String> newMeta) {
        return new Label(id, subject, value, actor, sawDraft, guideline, ts, order, raw, unparsed, scale, round, newMeta);
    }
}
