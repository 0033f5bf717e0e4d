package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.pairs.DatasetReport;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest mining of one project: when it ran, what the store held then (record count and latest
 * record time, the change check), how long it took and the dataset's report; or, when the latest
 * attempt failed, why, beside the last good report if there was one. Immutable.
 */
public record MiningSummary(
        Instant minedAt,
        long storedRecords,
        Optional<Instant> latestRecord,
        double seconds,
        Optional<DatasetReport> report,
        Optional<String> failure) {
    public MiningSummary {
        requireNonNull(minedAt, "minedAt is null");
        requireNonNull(latestRecord, "latestRecord is null");
        requireNonNull(report, "report is null");
        requireNonNull(failure, "failure is null");
    }

    /** Whether this summary was mined from the store in the given state. */
    boolean covers(long count, Optional<Instant> latest) {
        return failure.isEmpty() && storedRecords == count && latestRecord.equals(latest);
    }

    MiningSummary failed(Instant at, String why) {
        return new MiningSummary(at, storedRecords, latestRecord, seconds, report, Optional.of(why));
    }
}
