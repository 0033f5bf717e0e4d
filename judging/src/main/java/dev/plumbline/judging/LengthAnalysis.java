package dev.plumbline.judging;

import dev.plumbline.model.Interaction;
import dev.plumbline.stats.LogisticFit;
import dev.plumbline.stats.LogisticRegression;
import dev.plumbline.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link LengthBias} from one judge's decisive labels (each presentation order is one
 * observation) and the interactions they compare. Length is counted in Unicode code points.
 */
final class LengthAnalysis {
    private LengthAnalysis() {
    }

    /** One decisive verdict: the two answers' lengths in the order shown, and which one it picked. */
    private record Observation(PairLabel label, double shownFirstLength, double shownSecondLength, boolean pickedShownFirst) {
        double difference() {
            return shownFirstLength - shownSecondLength;
        }
    }

    static LengthBias of(List<PairLabel> labels, Map<String, Interaction> interactions, double level) {
        List<Observation> observations = observations(labels, interactions);
        int differing = 0;
        int longer = 0;
        for (Observation o : observations) {
            if (o.difference() != 0) {
                differing++;
                longer += (o.difference() > 0) == o.pickedShownFirst() ? 1 : 0;
            }
        }
        double[] differences = observations.stream().mapToDouble(Observation::difference).toArray();
        double sd = sd(differences);
        boolean[] pickedFirst = new boolean[observations.size()];
        for (int i = 0; i < pickedFirst.length; i++) {
            pickedFirst[i] = observations.get(i).pickedShownFirst();
        }
        LogisticFit fit = sd > 0 ? LogisticRegression.fit(scaled(differences, sd), pickedFirst) : null;
        boolean usable = fit != null && fit.converged();
        return new LengthBias(observations.size(), differing, longer, differing == 0 ? Double.NaN : (double) longer / differing,
                WilsonInterval.of(longer, differing, level), usable ? fit.coefficient(0) : Double.NaN,
                usable ? fit.standardError(0) : Double.NaN, usable ? fit.intercept() : Double.NaN, sd, usable,
                winRates(observations, interactions));
    }

    private static List<Observation> observations(List<PairLabel> labels, Map<String, Interaction> interactions) {
        List<Observation> observations = new ArrayList<>();
        for (PairLabel label : labels) {
            Interaction first = interactions.get(label.first());
            Interaction second = interactions.get(label.second());
            if (label.winner().isEmpty() || first == null || second == null) {
                continue;
            }
            boolean firstShownFirst = label.shownFirst().equals(label.first());
            double firstLength = length(first);
            double secondLength = length(second);
            observations.add(new Observation(label, firstShownFirst ? firstLength : secondLength,
                    firstShownFirst ? secondLength : firstLength, label.winner().get().equals(label.shownFirst())));
        }
        return observations;
    }

    private static List<ModelWinRate> winRates(List<Observation> observations, Map<String, Interaction> interactions) {
        Map<String, List<double[]>> byModel = new TreeMap<>();
        for (Observation o : observations) {
            Interaction first = interactions.get(o.label().first());
            Interaction second = interactions.get(o.label().second());
            String firstModel = first.model().name();
            String secondModel = second.model().name();
            if (firstModel.equals(secondModel)) {
                continue;
            }
            boolean firstWon = o.label().winner().get().equals(first.id());
            double difference = length(first) - length(second);
            byModel.computeIfAbsent(firstModel, m -> new ArrayList<>()).add(new double[] {difference, firstWon ? 1 : 0});
            byModel.computeIfAbsent(secondModel, m -> new ArrayList<>()).add(new double[] {-difference, firstWon ? 0 : 1});
        }
        List<ModelWinRate> rates = new ArrayList<>();
        byModel.forEach((model, rows) -> rates.add(winRate(model, rows)));
        return rates;
    }

    private static ModelWinRate winRate(String model, List<double[]> rows) {
        double[] differences = rows.stream().mapToDouble(row -> row[0]).toArray();
        boolean[] won = new boolean[rows.size()];
        double wins = 0;
        for (int i = 0; i < won.length; i++) {
            won[i] = rows.get(i)[1] == 1;
            wins += rows.get(i)[1];
        }
        double sd = sd(differences);
        double controlled = Double.NaN;
        if (sd > 0) {
            LogisticFit fit = LogisticRegression.fit(scaled(differences, sd), won);
            controlled = fit.converged() ? fit.probability(0) : Double.NaN;
        }
        return new ModelWinRate(model, rows.size(), wins / rows.size(), controlled);
    }

    private static double length(Interaction interaction) {
        return interaction.completion().codePointCount(0, interaction.completion().length());
    }

    private static double[][] scaled(double[] values, double sd) {
        double[][] features = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            features[i][0] = values[i] / sd;
        }
        return features;
    }

    static double sd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
