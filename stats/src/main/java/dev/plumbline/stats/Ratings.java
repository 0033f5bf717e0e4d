package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A units-by-raters table of categorical labels with missing cells, the input of every agreement
 * coefficient and aggregator here. Units keep their given order; a unit may appear twice (as in a
 * bootstrap resample).
 */
public record Ratings(List<RatedUnit> units) {
    public Ratings {
        units = List.copyOf(requireNonNull(units, "units is null"));
    }

    /** Builds the table from (unit, rater, value) triples; a rater labelling a unit twice is an error. */
    public static Ratings of(List<Rating> ratings) {
        Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            Map<String, String> values = byUnit.computeIfAbsent(rating.unit(), unit -> new TreeMap<>());
            if (values.putIfAbsent(rating.rater(), rating.value()) != null) {
                throw PlumblineException.invalidInput("rater '" + rating.rater() + "' labelled unit '"
                        + rating.unit() + "' twice: keep one label per rater and unit");
            }
        }
        List<RatedUnit> units = new ArrayList<>();
        byUnit.forEach((unit, values) -> units.add(new RatedUnit(unit, values)));
        return new Ratings(units);
    }

    /** Every rater who labelled at least one unit, sorted. */
    public List<String> raters() {
        TreeSet<String> raters = new TreeSet<>();
        units.forEach(unit -> raters.addAll(unit.values().keySet()));
        return List.copyOf(raters);
    }

    /** Every category used, sorted. */
    public List<String> categories() {
        TreeSet<String> categories = new TreeSet<>();
        units.forEach(unit -> categories.addAll(unit.values().values()));
        return List.copyOf(categories);
    }

    /** Only the units that at least two raters labelled (the ones that carry agreement information). */
    public Ratings pairable() {
        return new Ratings(units.stream().filter(unit -> unit.size() >= 2).toList());
    }

    /** The units both raters labelled, as two aligned lists (first rater's labels, second's). */
    public List<List<String>> aligned(String firstRater, String secondRater) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (RatedUnit unit : units) {
            String a = unit.values().get(firstRater);
            String b = unit.values().get(secondRater);
            if (a != null && b != null) {
                first.add(a);
                second.add(b);
            }
        }
        return List.of(first, second);
    }

    public int size() {
        return units.size();
    }

    /** One cell of the table. */
    public record Rating(String unit, String rater, String value) {
        public Rating {
            requireNonNull(unit, "unit is null");
            requireNonNull(rater, "rater is null");
            requireNonNull(value, "value is null");
        }
    }
}
