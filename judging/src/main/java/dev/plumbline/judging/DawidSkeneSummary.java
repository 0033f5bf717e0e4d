package dev.plumbline.judging;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Dawid–Skene fit: how EM ended, the class priors and each annotator's confusion matrix (rows:
 * true category in {@code categories} order; columns: the label given), how many subjects it gave
 * each category, and on how many it differs from the majority.
 */
public record DawidSkeneSummary(int iterations, boolean converged, double logLikelihood, List<String> categories,
        List<Double> priors, Map<String, List<List<Double>>> confusion, Map<String, Integer> counts,
        int disagreementsWithMajority) {
    public DawidSkeneSummary {
        categories = List.copyOf(categories);
        priors = List.copyOf(priors);
        confusion = Collections.unmodifiableMap(new TreeMap<>(confusion));
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
