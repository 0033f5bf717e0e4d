package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One chart of the loop-health report, as data: named series of values over categories. The HTML
 * report and the dashboard draw it with the same script; a missing value is {@code null}.
 */
public record Chart(String id, String title, ChartKind kind, List<String> categories, List<Series> series) {
    public Chart {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(kind, "kind is null");
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        series = List.copyOf(requireNonNull(series, "series is null"));
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw PlumblineException.invalidInput("series '" + s.name() + "' of chart '" + id + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /** How a chart is drawn. */
    public enum ChartKind {
        BAR, LINE
    }

    /** A named row of values, one per category; {@code null} where there is no value (undefined estimates included). */
    public record Series(String name, List<Double> values) {
        public Series {
            requireNonNull(name, "name is null");
            List<Double> cleaned = new ArrayList<>();
            for (Double v : requireNonNull(values, "values is null")) {
                cleaned.add(v == null || v.isNaN() || v.isInfinite() ? null : v);
            }
            values = Collections.unmodifiableList(cleaned);
        }
    }
}
