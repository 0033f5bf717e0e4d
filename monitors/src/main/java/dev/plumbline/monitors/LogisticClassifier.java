package dev.plumbline.monitors;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * L2-regularised logistic regression fitted by Newton's method on standardized features, and the
 * stratified cross-validation that estimates its accuracy. Newton with a ridge term converges in a
 * few steps and needs no learning rate, so results are deterministic. Stateless.
 */
final class LogisticClassifier {
    private static final int MAX_STEPS = 50;

    private LogisticClassifier() {
    }

    static Separability crossValidate(String firstName, List<double[]> first, String secondName,
            List<double[]> second, int folds, double ridge, long seed) {
        int[] foldFirst = folds(first.size(), folds, new Random(seed));
        int[] foldSecond = folds(second.size(), folds, new Random(seed + 1));
        int correctFirst = 0;
        int correctSecond = 0;
        for (int fold = 0; fold < folds; fold++) {
            double[][] x = trainingRows(first, foldFirst, second, foldSecond, fold);
            double[] y = trainingLabels(foldFirst, foldSecond, fold);
            Model model = fit(x, y, ridge);
            correctFirst += correct(model, first, foldFirst, fold, true);
            correctSecond += correct(model, second, foldSecond, fold, false);
        }
        int n = first.size() + second.size();
        double balanced = (correctFirst / (double) first.size() + correctSecond / (double) second.size()) / 2;
        double chance = Math.max(first.size(), second.size()) / (double) n;
        return new Separability(firstName, secondName, false, Estimate.proportion(correctFirst + correctSecond, n),
                balanced, chance, folds, first.size(), second.size());
    }

    /**
     * The paired design: row i of each side answers the same prompt, and the classifier is shown the
     * difference of the two rows in either order and asked which order it is. Pairs, not texts, are
     * dealt to folds, so a pair's mirror image never trains the model that tests it. Chance is 1/2.
     */
    static Separability crossValidatePaired(String firstName, List<double[]> first, String secondName,
            List<double[]> second, int folds, double ridge, long seed) {
        if (first.size() != second.size()) {
            throw PlumblineException.invalidInput("a paired comparison needs corpora of equal size; "
                    + firstName + " has " + first.size() + " texts and " + secondName + " " + second.size());
        }
        List<double[]> differences = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            differences.add(difference(first.get(i), second.get(i)));
        }
        int[] foldOf = folds(first.size(), folds, new Random(seed));
        int correct = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<double[]> rows = new ArrayList<>();
            List<Double> labels = new ArrayList<>();
            for (int i = 0; i < differences.size(); i++) {
                if (foldOf[i] != fold) {
                    rows.add(differences.get(i));
                    labels.add(1.0);
                    rows.add(negated(differences.get(i)));
                    labels.add(0.0);
                }
            }
            Model model = fit(rows.toArray(new double[0][]), labels.stream().mapToDouble(Double::doubleValue).toArray(),
                    ridge);
            correct += correct(model, differences, foldOf, fold, true);
        }
        Estimate accuracy = Estimate.proportion(correct, first.size());
        return new Separability(firstName, secondName, true, accuracy, accuracy.value(), 0.5, folds,
                first.size(), second.size());
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            d[j] = a[j] - b[j];
        }
        return d;
    }

    private static double[] negated(double[] a) {
        double[] d = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            d[j] = -a[j];
        }
        return d;
    }

    /** A fitted model: the standardization it learnt and the weights (last one the intercept). */
    record Model(double[] mean, double[] sd, double[] weights) {
        boolean predictsFirst(double[] row) {
            double score = weights[weights.length - 1];
            for (int j = 0; j < row.length; j++) {
                score += weights[j] * (row[j] - mean[j]) / sd[j];
            }
            return score > 0;
        }
    }

    static Model fit(double[][] rows, double[] labels, double ridge) {
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        standardization(rows, mean, sd);
        double[][] x = new double[rows.length][d + 1];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (rows[i][j] - mean[j]) / sd[j];
            }
            x[i][d] = 1;
        }
        return new Model(mean, sd, newton(x, labels, ridge));
    }

    private static double[] newton(double[][] x, double[] y, double ridge) {
        int p = x[0].length;
        RealVector w = new ArrayRealVector(p);
        for (int step = 0; step < MAX_STEPS; step++) {
            RealMatrix hessian = new Array2DRowRealMatrix(p, p);
            RealVector gradient = new ArrayRealVector(p);
            for (int i = 0; i < x.length; i++) {
                RealVector row = new ArrayRealVector(x[i], false);
                double mu = 1 / (1 + Math.exp(-row.dotProduct(w)));
                gradient = gradient.add(row.mapMultiply(mu - y[i]));
                hessian = hessian.add(row.outerProduct(row).scalarMultiply(Math.max(mu * (1 - mu), 1e-9)));
            }
            for (int j = 0; j < p - 1; j++) {
                // The intercept is not shrunk: only the feature weights pay the ridge.
                gradient.addToEntry(j, ridge * w.getEntry(j));
                hessian.addToEntry(j, j, ridge);
            }
            RealVector move = new LUDecomposition(hessian).getSolver().solve(gradient);
            w = w.subtract(move);
            if (move.getNorm() < 1e-8) {
                break;
            }
        }
        return w.toArray();
    }

    private static void standardization(double[][] rows, double[] mean, double[] sd) {
        for (int j = 0; j < mean.length; j++) {
            int column = j;
            mean[j] = Arrays.stream(rows).mapToDouble(r -> r[column]).average().orElse(0);
            double squares = Arrays.stream(rows).mapToDouble(r -> (r[column] - mean[column]) * (r[column] - mean[column])).sum();
            double value = Math.sqrt(squares / Math.max(1, rows.length - 1));
            // A constant feature carries no information; dividing by 1 keeps it at zero.
            sd[j] = value > 1e-12 ? value : 1;
        }
    }

    /** Fold of each item: a seeded shuffle dealt round-robin, so every fold gets its share of each class. */
    private static int[] folds(int size, int folds, Random random) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(order), random);
        int[] fold = new int[size];
        for (int position = 0; position < size; position++) {
            fold[order[position]] = position % folds;
        }
        return fold;
    }

    private static double[][] trainingRows(List<double[]> first, int[] foldFirst, List<double[]> second,
            int[] foldSecond, int fold) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (foldFirst[i] != fold) {
                rows.add(first.get(i));
            }
        }
        for (int i = 0; i < second.size(); i++) {
            if (foldSecond[i] != fold) {
                rows.add(second.get(i));
            }
        }
        return rows.toArray(new double[0][]);
    }

    private static double[] trainingLabels(int[] foldFirst, int[] foldSecond, int fold) {
        long ones = Arrays.stream(foldFirst).filter(f -> f != fold).count();
        long zeros = Arrays.stream(foldSecond).filter(f -> f != fold).count();
        double[] labels = new double[(int) (ones + zeros)];
        Arrays.fill(labels, 0, (int) ones, 1);
        return labels;
    }

    private static int correct(Model model, List<double[]> rows, int[] foldOf, int fold, boolean isFirst) {
        int correct = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (foldOf[i] == fold && model.predictsFirst(rows.get(i)) == isFirst) {
                correct++;
            }
        }
        return correct;
    }
}
