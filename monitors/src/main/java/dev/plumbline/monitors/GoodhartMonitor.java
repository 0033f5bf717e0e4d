package dev.plumbline.monitors;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The Goodhart monitor: per release, proxies (judge win rate, judge score, thumbs-up, acceptance)
 * and outcomes (whatever {@code outcome} feedback the product sends), and an alarm where a proxy
 * improved significantly while an outcome got significantly worse. Pure; thread-safe.
 */
public final class GoodhartMonitor {
    private GoodhartMonitor() {
    }

    /** Audits the releases seen in the records, in the order they were first seen. */
    public static GoodhartReport audit(List<? extends Record> records, GoodhartOptions options) {
        return audit(records, ReleaseRegistry.inferFrom(records), List.of(), options);
    }

    /**
     * Audits the registry's releases (in its order) with metrics computed from the records, then
     * overridden or completed by the metrics given directly.
     */
    public static GoodhartReport audit(List<? extends Record> records, ReleaseRegistry registry,
            List<ReleaseMetric> given, GoodhartOptions options) {
        List<String> releases = registry.keys();
        given.stream().filter(m -> !releases.contains(m.release())).findFirst().ifPresent(m -> {
            throw PlumblineException.invalidInput("metric " + m.metric() + " names release " + m.release()
                    + ", which is not among the releases " + releases);
        });
        Map<String, ReleaseMetric> byKey = new LinkedHashMap<>();
        GoodhartMetrics.measure(records, registry, options).forEach(m -> byKey.put(key(m), m));
        given.forEach(m -> byKey.put(key(m), m));
        List<ReleaseMetric> metrics = byKey.values().stream()
                .filter(m -> releases.contains(m.release()))
                .sorted(java.util.Comparator.comparingInt((ReleaseMetric m) -> releases.indexOf(m.release()))
                        .thenComparing(ReleaseMetric::kind).thenComparing(ReleaseMetric::metric))
                .toList();
        List<MetricChange> changes = changes(releases, metrics, options);
        return new GoodhartReport(releases, metrics, changes, divergences(releases, changes),
                correlations(releases, metrics), options);
    }

    private static List<MetricChange> changes(List<String> releases, List<ReleaseMetric> metrics,
            GoodhartOptions options) {
        List<MetricChange> changes = new ArrayList<>();
        for (int i = 1; i < releases.size(); i++) {
            String release = releases.get(i);
            String previous = releases.get(i - 1);
            for (ReleaseMetric current : metrics) {
                if (current.release().equals(release)) {
                    change(current, previous, metrics, options).ifPresent(changes::add);
                }
            }
        }
        return changes;
    }

    private static Optional<MetricChange> change(ReleaseMetric current, String previous, List<ReleaseMetric> metrics,
            GoodhartOptions options) {
        double improvement;
        double se;
        if (current.comparesToPrevious()) {
            improvement = current.direction().sign() * (current.estimate().value() - 0.5);
            se = current.estimate().standardError();
        } else {
            Optional<ReleaseMetric> before = metrics.stream()
                    .filter(m -> m.release().equals(previous) && m.metric().equals(current.metric())).findFirst();
            if (before.isEmpty()) {
                return Optional.empty();
            }
            improvement = current.direction().sign() * (current.estimate().value() - before.get().estimate().value());
            se = Math.hypot(current.estimate().standardError(), before.get().estimate().standardError());
        }
        double z = se == 0 ? 0 : improvement / se;
        return Optional.of(new MetricChange(current.release(), previous, current.metric(), current.kind(), improvement,
                z, z >= options.zCritical(), z <= -options.zCritical()));
    }

    private static List<Divergence> divergences(List<String> releases, List<MetricChange> changes) {
        List<Divergence> divergences = new ArrayList<>();
        for (int i = 1; i < releases.size(); i++) {
            String release = releases.get(i);
            List<MetricChange> better = changes.stream().filter(c -> c.release().equals(release)
                    && c.kind() == MetricKind.PROXY && c.significantlyBetter()).toList();
            List<MetricChange> worse = changes.stream().filter(c -> c.release().equals(release)
                    && c.kind() == MetricKind.OUTCOME && c.significantlyWorse()).toList();
            if (!better.isEmpty() && !worse.isEmpty()) {
                divergences.add(new Divergence(release, releases.get(i - 1), better, worse));
            }
        }
        return divergences;
    }

    private static List<RankCorrelation> correlations(List<String> releases, List<ReleaseMetric> metrics) {
        List<RankCorrelation> correlations = new ArrayList<>();
        List<String> proxies = names(metrics, MetricKind.PROXY);
        for (String proxy : proxies) {
            for (String outcome : names(metrics, MetricKind.OUTCOME)) {
                correlation(releases, metrics, proxy, outcome).ifPresent(correlations::add);
            }
        }
        return correlations;
    }

    /** Needs three releases with both metrics, and neither constant, for a rank correlation to mean anything. */
    private static Optional<RankCorrelation> correlation(List<String> releases, List<ReleaseMetric> metrics,
            String proxy, String outcome) {
        List<double[]> pairs = new ArrayList<>();
        Direction proxyDirection = null;
        Direction outcomeDirection = null;
        for (String release : releases) {
            Optional<ReleaseMetric> p = find(metrics, release, proxy);
            Optional<ReleaseMetric> o = find(metrics, release, outcome);
            if (p.isPresent() && o.isPresent()) {
                pairs.add(new double[] {p.get().estimate().value(), o.get().estimate().value()});
                proxyDirection = p.get().direction();
                outcomeDirection = o.get().direction();
            }
        }
        if (pairs.size() < 3) {
            return Optional.empty();
        }
        double rho = new SpearmansCorrelation().correlation(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        if (Double.isNaN(rho)) {
            return Optional.empty();
        }
        double tracking = rho * proxyDirection.sign() * outcomeDirection.sign();
        return Optional.of(new RankCorrelation(proxy, outcome, rho, tracking, pairs.size()));
    }

    private static Optional<ReleaseMetric> find(List<ReleaseMetric> metrics, String release, String metric) {
        return metrics.stream().filter(m -> m.release().equals(release) && m.metric().equals(metric)).findFirst();
    }

    private static List<String> names(List<ReleaseMetric> metrics, MetricKind kind) {
        return metrics.stream().filter(m -> m.kind() == kind).map(ReleaseMetric::metric).distinct().sorted().toList();
    }

    private static String key(ReleaseMetric metric) {
        return metric.release() + "\u0000" + metric.metric();
    }
}
