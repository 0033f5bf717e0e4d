package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What building a dataset did, in numbers: candidates by rule, evidence skipped (counts by reason and
 * up to {@link #MAX_SKIP_EXAMPLES} examples), every filter's removals, length statistics before and
 * after, the length-balancing step if it ran, every gate's result, and the final pairs by rule,
 * chosen side's author and label origin.
 */
public record DatasetReport(
        int candidates,
        Map<String, Integer> candidatesByRule,
        Map<String, Integer> skipsByReason,
        List<Skip> skipExamples,
        List<FilterResult.FilterCount> filters,
        LengthStats lengthBefore,
        LengthStats lengthAfter,
        Optional<FilterResult.FilterCount> balancing,
        List<GateResult> gates,
        Map<String, Integer> pairsByRule,
        Map<String, Integer> pairsByAuthor,
        Map<String, Integer> pairsByOrigin,
        Lineage lineage) {
    public static final int MAX_SKIP_EXAMPLES = 1000;

    public DatasetReport {
        candidatesByRule = sortedCopy(candidatesByRule);
        skipsByReason = sortedCopy(skipsByReason);
        skipExamples = List.copyOf(skipExamples);
        filters = List.copyOf(filters);
        requireNonNull(lengthBefore, "lengthBefore is null");
        requireNonNull(lengthAfter, "lengthAfter is null");
        requireNonNull(balancing, "balancing is null");
        gates = List.copyOf(gates);
        pairsByRule = sortedCopy(pairsByRule);
        pairsByAuthor = sortedCopy(pairsByAuthor);
        pairsByOrigin = sortedCopy(pairsByOrigin);
        requireNonNull(lineage, "lineage is null");
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(map, "map is null")));
    }

    /** Whether every gate passed. */
    public boolean passed() {
        return gates.stream().allMatch(GateResult::passed);
    }

    /** The failed gates' messages. */
    public List<String> violations() {
        return gates.stream().filter(g -> !g.passed()).map(GateResult::message).toList();
    }
}
