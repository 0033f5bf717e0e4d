package dev.plumbline.monitors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a Goodhart report as a self-contained SVG string: one line per metric over the releases,
 * proxies solid with round markers, outcomes dashed with square markers, 95% intervals as error
 * bars, and releases that raised the divergence alarm shaded. Metrics that live in [0, 1] are drawn
 * on that scale; any other metric is min-max scaled, which its legend entry says. Stateless.
 */
public final class GoodhartChart {
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#bcbd22"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    private static final int LEFT = 50;
    private static final int RIGHT = 230;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;

    private GoodhartChart() {
    }

    public static String svg(GoodhartReport report) {
        StringBuilder svg = new StringBuilder();
        svg.append(ReportText.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>Proxies and outcomes by release</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(ReportText.format("<text x=\"%d\" y=\"20\" font-size=\"14\">Proxies (solid) and outcomes (dashed) by release</text>%n", LEFT));
        alarms(svg, report);
        axes(svg, report.releases());
        List<String> names = new ArrayList<>(report.metricNames(MetricKind.PROXY));
        names.addAll(report.metricNames(MetricKind.OUTCOME));
        for (int i = 0; i < names.size(); i++) {
            series(svg, report, names.get(i), COLOURS[i % COLOURS.length], i);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void alarms(StringBuilder svg, GoodhartReport report) {
        for (Divergence divergence : report.divergences()) {
            double x = x(report.releases().indexOf(divergence.release()), report.releases().size());
            svg.append(ReportText.format("<rect x=\"%.1f\" y=\"%d\" width=\"24\" height=\"%d\" fill=\"#d62728\" "
                    + "fill-opacity=\"0.15\"><title>divergence at %s</title></rect>%n", x - 12, TOP, plotHeight(),
                    escape(divergence.release())));
            svg.append(ReportText.format("<text x=\"%.1f\" y=\"%d\" fill=\"#d62728\" text-anchor=\"middle\">alarm</text>%n",
                    x, TOP - 4));
        }
    }

    private static void axes(StringBuilder svg, List<String> releases) {
        for (int tick = 0; tick <= 4; tick++) {
            double y = y(tick / 4.0);
            svg.append(ReportText.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, tick / 4.0));
        }
        for (int i = 0; i < releases.size(); i++) {
            double x = x(i, releases.size());
            svg.append(ReportText.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-30 %.1f %d)\">%s</text>%n",
                    x, HEIGHT - BOTTOM + 16, x, HEIGHT - BOTTOM + 16, escape(releases.get(i))));
        }
    }

    private static void series(StringBuilder svg, GoodhartReport report, String metric, String colour, int index) {
        List<String> releases = report.releases();
        List<Optional<ReleaseMetric>> values = releases.stream().map(r -> report.metric(r, metric)).toList();
        boolean unit = values.stream().flatMap(Optional::stream)
                .allMatch(m -> m.estimate().value() >= 0 && m.estimate().value() <= 1);
        double min = values.stream().flatMap(Optional::stream).mapToDouble(m -> m.estimate().value()).min().orElse(0);
        double max = values.stream().flatMap(Optional::stream).mapToDouble(m -> m.estimate().value()).max().orElse(1);
        boolean outcome = values.stream().flatMap(Optional::stream).anyMatch(m -> m.kind() == MetricKind.OUTCOME);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < releases.size(); i++) {
            if (values.get(i).isEmpty()) {
                continue;
            }
            Estimate e = values.get(i).get().estimate();
            double x = x(i, releases.size());
            double y = y(scaled(e.value(), unit, min, max));
            points.append(ReportText.format("%.1f,%.1f ", x, y));
            svg.append(ReportText.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    x, y(scaled(e.low(), unit, min, max)), x, y(scaled(e.high(), unit, min, max)), colour));
            svg.append(marker(x, y, colour, outcome, metric, releases.get(i), e));
        }
        svg.append(ReportText.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
                colour, outcome ? " stroke-dasharray=\"6 4\"" : "", points.toString().strip()));
        double legendY = TOP + 14 * index;
        svg.append(ReportText.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                + "<text x=\"%d\" y=\"%.1f\">%s%s</text>%n", WIDTH - RIGHT + 10, legendY, WIDTH - RIGHT + 30, legendY,
                colour, outcome ? " stroke-dasharray=\"6 4\"" : "", WIDTH - RIGHT + 35, legendY + 4, escape(metric),
                unit ? "" : ReportText.format(" (scaled %.3g–%.3g)", min, max)));
    }

    private static String marker(double x, double y, String colour, boolean outcome, String metric, String release,
            Estimate e) {
        String title = ReportText.format("<title>%s %s: %.4f [%.4f, %.4f]</title>", escape(metric), escape(release),
                e.value(), e.low(), e.high());
        if (outcome) {
            return ReportText.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"%s\">%s</rect>%n",
                    x - 3.5, y - 3.5, colour, title);
        }
        return ReportText.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">%s</circle>%n", x, y, colour, title);
    }

    private static double scaled(double value, boolean unit, double min, double max) {
        double scaled = unit ? value : (max == min ? 0.5 : 0.05 + 0.9 * (value - min) / (max - min));
        return Math.max(0, Math.min(1, scaled));
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT - 40;
        return LEFT + 20 + (count < 2 ? width / 2 : width * index / (count - 1));
    }

    private static double y(double unitValue) {
        return TOP + plotHeight() * (1 - unitValue);
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
