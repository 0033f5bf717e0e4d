package dev.plumbline.judging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a judge's labels on each pair (one per presentation order, or just one) into one verdict:
 * the parsed values if they agree; a tie or nothing (by policy) if they flip with the order; the one
 * readable value if the others are unparsed; empty if none could be parsed.
 */
final class SubjectVerdicts {
    private SubjectVerdicts() {
    }

    static Map<String, Verdict> resolve(List<PairLabel> labels, InconsistentVerdicts policy) {
        Map<String, List<PairLabel>> bySubject = new LinkedHashMap<>();
        labels.forEach(label -> bySubject.computeIfAbsent(label.subject(), s -> new ArrayList<>()).add(label));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        bySubject.forEach((subject, subjectLabels) -> {
            Set<String> values = new LinkedHashSet<>();
            subjectLabels.forEach(label -> label.value().ifPresent(values::add));
            PairLabel any = subjectLabels.get(0);
            boolean inconsistent = values.size() > 1;
            if (inconsistent && policy == InconsistentVerdicts.EXCLUDE) {
                return;
            }
            Optional<String> value = inconsistent ? Optional.of("tie") : values.stream().findFirst();
            verdicts.put(subject, new Verdict(subject, any.first(), any.second(), value, inconsistent));
        });
        return verdicts;
    }

    static int inconsistent(List<PairLabel> labels) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        labels.forEach(label -> label.value().ifPresent(v ->
                values.computeIfAbsent(label.subject(), s -> new LinkedHashSet<>()).add(v)));
        return (int) values.values().stream().filter(set -> set.size() > 1).count();
    }
}
