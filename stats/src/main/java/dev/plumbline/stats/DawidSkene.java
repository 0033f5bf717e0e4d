package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dawid–Skene aggregation (Dawid and Skene 1979): each rater has a confusion matrix, the true label
 * of each unit is latent, and EM estimates both. Starts from the majority-vote shares, so the result
 * is deterministic. A small pseudo-count keeps unseen confusions from becoming impossible.
 */
public record DawidSkene(int maxIterations, double tolerance, double pseudoCount) {
    public static final DawidSkene DEFAULT = new DawidSkene(200, 1e-9, 0.01);

    public DawidSkene {
        if (maxIterations < 1 || !(tolerance > 0) || pseudoCount < 0) {
            throw PlumblineException.invalidInput("Dawid-Skene needs maxIterations >= 1, tolerance > 0, pseudoCount >= 0");
        }
    }

    public DawidSkeneFit fit(Ratings ratings) {
        List<String> categories = ratings.categories();
        List<String> raters = ratings.raters();
        int[][] given = encode(ratings, categories, raters);
        double[][] posterior = initial(given, categories.size());
        double previous = Double.NEGATIVE_INFINITY;
        double logLikelihood = previous;
        double[] priors = new double[0];
        double[][][] confusion = new double[0][][];
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            priors = priors(posterior, categories.size());
            confusion = confusion(posterior, given, raters.size(), categories.size());
            logLikelihood = expectation(given, priors, confusion, posterior);
            converged = Math.abs(logLikelihood - previous) < tolerance;
            previous = logLikelihood;
        }
        return new DawidSkeneFit(categories, boxed(priors), confusionByRater(raters, confusion),
                aggregates(ratings, categories, posterior), iteration, converged, logLikelihood);
    }

    /** given[unit][rater] = category index, or -1 when the rater did not label the unit. */
    private static int[][] encode(Ratings ratings, List<String> categories, List<String> raters) {
        int[][] given = new int[ratings.size()][raters.size()];
        for (int i = 0; i < ratings.size(); i++) {
            Map<String, String> values = ratings.units().get(i).values();
            for (int j = 0; j < raters.size(); j++) {
                String value = values.get(raters.get(j));
                given[i][j] = value == null ? -1 : categories.indexOf(value);
            }
        }
        return given;
    }

    private static double[][] initial(int[][] given, int k) {
        double[][] posterior = new double[given.length][k];
        for (int i = 0; i < given.length; i++) {
            int labels = 0;
            for (int label : given[i]) {
                if (label >= 0) {
                    posterior[i][label]++;
                    labels++;
                }
            }
            for (int c = 0; c < k; c++) {
                posterior[i][c] = labels == 0 ? 1.0 / k : posterior[i][c] / labels;
            }
        }
        return posterior;
    }

    private static double[] priors(double[][] posterior, int k) {
        double[] priors = new double[k];
        for (double[] unit : posterior) {
            for (int c = 0; c < k; c++) {
                priors[c] += unit[c] / posterior.length;
            }
        }
        return priors;
    }

    private double[][][] confusion(double[][] posterior, int[][] given, int raters, int k) {
        double[][][] confusion = new double[raters][k][k];
        for (int i = 0; i < given.length; i++) {
            for (int j = 0; j < raters; j++) {
                if (given[i][j] >= 0) {
                    for (int c = 0; c < k; c++) {
                        confusion[j][c][given[i][j]] += posterior[i][c];
                    }
                }
            }
        }
        for (double[][] matrix : confusion) {
            for (double[] row : matrix) {
                double total = 0;
                for (int l = 0; l < k; l++) {
                    row[l] += pseudoCount;
                    total += row[l];
                }
                for (int l = 0; l < k; l++) {
                    row[l] = total == 0 ? 1.0 / k : row[l] / total;
                }
            }
        }
        return confusion;
    }

    /** Updates the posteriors in place and returns the log-likelihood of the data. */
    private static double expectation(int[][] given, double[] priors, double[][][] confusion, double[][] posterior) {
        double logLikelihood = 0;
        int k = priors.length;
        for (int i = 0; i < given.length; i++) {
            double[] log = new double[k];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                log[c] = Math.log(priors[c]);
                for (int j = 0; j < given[i].length; j++) {
                    if (given[i][j] >= 0) {
                        log[c] += Math.log(confusion[j][c][given[i][j]]);
                    }
                }
                max = Math.max(max, log[c]);
            }
            double total = 0;
            for (int c = 0; c < k; c++) {
                posterior[i][c] = Math.exp(log[c] - max);
                total += posterior[i][c];
            }
            for (int c = 0; c < k; c++) {
                posterior[i][c] /= total;
            }
            logLikelihood += max + Math.log(total);
        }
        return logLikelihood;
    }

    private static List<Aggregate> aggregates(Ratings ratings, List<String> categories, double[][] posterior) {
        List<Aggregate> aggregates = new ArrayList<>();
        for (int i = 0; i < posterior.length; i++) {
            Map<String, Double> distribution = new TreeMap<>();
            int best = 0;
            for (int c = 0; c < categories.size(); c++) {
                distribution.put(categories.get(c), posterior[i][c]);
                best = posterior[i][c] > posterior[i][best] ? c : best;
            }
            Optional<String> label = categories.isEmpty() ? Optional.empty() : Optional.of(categories.get(best));
            double confidence = categories.isEmpty() ? 0 : posterior[i][best];
            aggregates.add(new Aggregate(ratings.units().get(i).id(), label, confidence, distribution));
        }
        return aggregates;
    }

    private static Map<String, List<List<Double>>> confusionByRater(List<String> raters, double[][][] confusion) {
        Map<String, List<List<Double>>> byRater = new TreeMap<>();
        for (int j = 0; j < confusion.length; j++) {
            List<List<Double>> rows = new ArrayList<>();
            for (double[] row : confusion[j]) {
                rows.add(boxed(row));
            }
            byRater.put(raters.get(j), rows);
        }
        return byRater;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
