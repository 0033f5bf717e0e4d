package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Who the feedback speaks for. Coverage overall and by segment, feature and model version; the raw
 * thumbs-up rate among rated interactions; the inverse-propensity estimate when every rated
 * interaction carries its {@code feedback_propensity}; and {@code verdict}, one plain sentence saying
 * which number to trust and why.
 */
public record CoverageReport(
        long interactions,
        double explicitShare,
        double implicitShare,
        List<CoverageRow> rows,
        long rated,
        long thumbsUp,
        double rawThumbsUpRate,
        long ratedWithoutPropensity,
        long withoutPropensity,
        Optional<IpwEstimate> ipw,
        String verdict) {
    public CoverageReport {
        rows = List.copyOf(rows);
        requireNonNull(ipw, "ipw is null");
        requireNonNull(verdict, "verdict is null");
    }
}
