package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Maximum-likelihood logistic regression with an intercept, fitted by Newton's method (iteratively
 * reweighted least squares). Meant for a handful of features, such as a verdict against a length
 * difference. Deterministic; no regularisation.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;
    // beyond this the likelihood is flat in practice: the data are separated
    private static final double DIVERGED = 30;

    private LogisticRegression() {
    }

    /** Fits {@code outcomes[i] ~ features[i]}; every row of {@code features} has the same length. */
    public static LogisticFit fit(double[][] features, boolean[] outcomes) {
        if (features.length != outcomes.length) {
            throw PlumblineException.invalidInput("logistic regression needs one outcome per row of features");
        }
        RealMatrix x = design(features);
        RealVector beta = new ArrayRealVector(x.getColumnDimension());
        int iteration = 0;
        boolean converged = false;
        RealMatrix information = information(x, beta);
        while (iteration < MAX_ITERATIONS && !converged && beta.getLInfNorm() < DIVERGED) {
            iteration++;
            DecompositionSolver solver = new LUDecomposition(information).getSolver();
            if (!solver.isNonSingular()) {
                break;
            }
            RealVector step = solver.solve(gradient(x, beta, outcomes));
            beta = beta.add(step);
            information = information(x, beta);
            converged = step.getLInfNorm() < TOLERANCE;
        }
        return new LogisticFit(toList(beta), standardErrors(information), outcomes.length, iteration, converged);
    }

    static double sigmoid(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    private static RealMatrix design(double[][] features) {
        int columns = features.length == 0 ? 1 : features[0].length + 1;
        double[][] rows = new double[features.length][columns];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != columns - 1) {
                throw PlumblineException.invalidInput("row " + i + " has " + features[i].length + " features, expected " + (columns - 1));
            }
            rows[i][0] = 1;
            System.arraycopy(features[i], 0, rows[i], 1, columns - 1);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    private static RealVector gradient(RealMatrix x, RealVector beta, boolean[] outcomes) {
        RealVector residual = new ArrayRealVector(outcomes.length);
        for (int i = 0; i < outcomes.length; i++) {
            residual.setEntry(i, (outcomes[i] ? 1 : 0) - sigmoid(x.getRowVector(i).dotProduct(beta)));
        }
        return x.transpose().operate(residual);
    }

    private static RealMatrix information(RealMatrix x, RealVector beta) {
        RealMatrix weighted = x.copy();
        for (int i = 0; i < x.getRowDimension(); i++) {
            double p = sigmoid(x.getRowVector(i).dotProduct(beta));
            weighted.setRowVector(i, x.getRowVector(i).mapMultiply(p * (1 - p)));
        }
        return x.transpose().multiply(weighted);
    }

    private static List<Double> standardErrors(RealMatrix information) {
        List<Double> errors = new ArrayList<>();
        DecompositionSolver solver = new LUDecomposition(information).getSolver();
        RealMatrix inverse = solver.isNonSingular() ? solver.getInverse() : null;
        for (int i = 0; i < information.getRowDimension(); i++) {
            errors.add(inverse == null ? Double.NaN : Math.sqrt(inverse.getEntry(i, i)));
        }
        return errors;
    }

    private static List<Double> toList(RealVector vector) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < vector.getDimension(); i++) {
            values.add(vector.getEntry(i));
        }
        return values;
    }
}
