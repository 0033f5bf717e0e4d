package dev.plumbline.judging;

import dev.plumbline.stats.AgreementBand;
import dev.plumbline.stats.AlphaLevel;
import dev.plumbline.stats.Bootstrap;
import dev.plumbline.stats.CohenKappa;
import dev.plumbline.stats.Estimate;
import dev.plumbline.stats.FleissKappa;
import dev.plumbline.stats.KrippendorffAlpha;
import dev.plumbline.stats.RatedUnit;
import dev.plumbline.stats.Ratings;
import dev.plumbline.stats.RawAgreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The coefficients of the agreement audit, each with a bootstrap interval over subjects. */
final class AgreementCoefficients {
    private static final List<String> PAIR_ORDER = List.of("A", "tie", "B");

    private AgreementCoefficients() {
    }

    /** Pooled pairwise agreement: the share of agreeing label pairs among all pairs of labels on the same subject. */
    static double pooledAgreement(List<RatedUnit> units) {
        long agree = 0;
        long pairs = 0;
        for (RatedUnit unit : units) {
            List<String> values = List.copyOf(unit.values().values());
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    agree += values.get(i).equals(values.get(j)) ? 1 : 0;
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : (double) agree / pairs;
    }

    static Estimate raw(Ratings pairable, Bootstrap bootstrap) {
        return bootstrap.estimate(pairable.units(), AgreementCoefficients::pooledAgreement);
    }

    static Estimate fleiss(Ratings pairable, Bootstrap bootstrap) {
        return bootstrap.estimate(pairable.units(), units -> FleissKappa.of(new Ratings(units)));
    }

    /** Nominal alpha always; ordinal and interval too when the categories have an order (A < tie < B, or numbers). */
    static List<AlphaResult> alpha(Ratings pairable, Bootstrap bootstrap) {
        List<String> categories = pairable.categories();
        List<AlphaResult> results = new ArrayList<>();
        results.add(alpha(pairable, AlphaLevel.NOMINAL, categories, bootstrap));
        order(categories).ifPresent(order -> {
            results.add(alpha(pairable, AlphaLevel.ORDINAL, order, bootstrap));
            results.add(alpha(pairable, AlphaLevel.INTERVAL, order, bootstrap));
        });
        return results;
    }

    static AlphaResult alpha(Ratings pairable, AlphaLevel level, List<String> order, Bootstrap bootstrap) {
        Estimate estimate = bootstrap.estimate(pairable.units(),
                units -> KrippendorffAlpha.of(new Ratings(units), level, order));
        return new AlphaResult(level, estimate, AgreementBand.of(estimate.value()));
    }

    static PairAgreement pair(Ratings ratings, String first, String second, Bootstrap bootstrap) {
        List<List<String>> aligned = ratings.aligned(first, second);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < aligned.get(0).size(); i++) {
            rows.add(new String[] {aligned.get(0).get(i), aligned.get(1).get(i)});
        }
        Estimate kappa = bootstrap.estimate(rows, sample -> CohenKappa.of(column(sample, 0), column(sample, 1)));
        return new PairAgreement(first, second, rows.size(), RawAgreement.of(aligned.get(0), aligned.get(1)), kappa);
    }

    private static List<String> column(List<String[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toList();
    }

    private static Optional<List<String>> order(List<String> categories) {
        if (PAIR_ORDER.containsAll(categories)) {
            return Optional.of(PAIR_ORDER.stream().filter(categories::contains).toList());
        }
        try {
            List<String> numeric = new ArrayList<>(categories);
            Map<String, Double> values = new HashMap<>();
            for (String category : categories) {
                values.put(category, Double.parseDouble(category));
            }
            numeric.sort(Comparator.comparing(values::get));
            return Optional.of(numeric);
        } catch (NumberFormatException notNumeric) {
            return Optional.empty();
        }
    }
}
