package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of Dawid–Skene EM: the categories (the index order of every matrix), the estimated
 * class priors, one confusion matrix per rater (row = true category, column = given label, rows sum
 * to 1), each unit's posterior, and how the iteration ended.
 */
public record DawidSkeneFit(List<String> categories, List<Double> priors, Map<String, List<List<Double>>> confusion,
        List<Aggregate> posteriors, int iterations, boolean converged, double logLikelihood) {
    public DawidSkeneFit {
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        priors = List.copyOf(requireNonNull(priors, "priors is null"));
        confusion = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(confusion, "confusion is null")));
        posteriors = List.copyOf(requireNonNull(posteriors, "posteriors is null"));
    }

    /** A rater's estimated accuracy: the prior-weighted diagonal of their confusion matrix. */
    public double accuracy(String rater) {
        List<List<Double>> matrix = confusion.get(rater);
        if (matrix == null) {
            return Double.NaN;
        }
        double accuracy = 0;
        for (int k = 0; k < categories.size(); k++) {
            accuracy += priors.get(k) * matrix.get(k).get(k);
        }
        return accuracy;
    }
}
