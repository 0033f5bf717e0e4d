package dev.plumbline.judging;

import dev.plumbline.model.ActorRole;
import dev.plumbline.stats.Aggregate;
import dev.plumbline.stats.MajorityVote;
import dev.plumbline.stats.RatedUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Picks the reference labels for a judge audit and reduces them to one value per pair by majority. */
final class ReferenceLabels {
    private ReferenceLabels() {
    }

    static List<PairLabel> select(List<PairLabel> labels, JudgeAuditOptions options) {
        return switch (options.reference()) {
            case GOLD -> labels.stream().filter(PairLabel::gold).toList();
            case HUMAN, ANNOTATORS -> humans(labels, options);
        };
    }

    /**
     * The human annotators' blind labels (never gold ones), restricted to the named annotators if any.
     * A label given with a draft in view ({@code saw_draft}) is anchored on that draft, often the
     * judge's own verdict: counting it would measure the judge against itself, so it never counts.
     */
    static List<PairLabel> humans(List<PairLabel> labels, JudgeAuditOptions options) {
        return annotators(labels, options).filter(label -> !label.label().sawDraft()).toList();
    }

    /** How many of the annotators' labels {@link #humans} left out because they saw a draft. */
    static int assisted(List<PairLabel> labels, JudgeAuditOptions options) {
        return (int) annotators(labels, options).filter(label -> label.label().sawDraft()).count();
    }

    private static Stream<PairLabel> annotators(List<PairLabel> labels, JudgeAuditOptions options) {
        return labels.stream()
                .filter(label -> label.role() == ActorRole.ANNOTATOR && !label.gold())
                .filter(label -> options.reference() != Reference.ANNOTATORS || options.annotators().contains(label.actorId()));
    }

    /** Each pair's unique majority value among the parsed labels; pairs split evenly have no reference. */
    static Map<String, String> majority(List<PairLabel> labels) {
        Map<String, Map<String, String>> byRater = byRater(labels);
        Map<String, String> majority = new LinkedHashMap<>();
        byRater.forEach((subject, values) -> {
            Aggregate aggregate = MajorityVote.of(new RatedUnit(subject, values));
            aggregate.label().ifPresent(value -> majority.put(subject, value));
        });
        return majority;
    }

    /** Subject, then rater, then value; a rater's later label on the same pair replaces an earlier one. */
    static Map<String, Map<String, String>> byRater(List<PairLabel> labels) {
        Map<String, Map<String, String>> bySubject = new LinkedHashMap<>();
        for (PairLabel label : sortedByTime(labels)) {
            label.value().ifPresent(value ->
                    bySubject.computeIfAbsent(label.subject(), s -> new LinkedHashMap<>()).put(label.actorId(), value));
        }
        return bySubject;
    }

    private static List<PairLabel> sortedByTime(List<PairLabel> labels) {
        List<PairLabel> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparing((PairLabel l) -> l.label().ts()));
        return sorted;
    }
}
