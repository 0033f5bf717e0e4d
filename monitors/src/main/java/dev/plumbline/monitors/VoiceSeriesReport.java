package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The teacher-voice series across releases. The first release is the baseline; a later release
 * alarms when its teacher-proximity index exceeds the baseline's by more than {@code alarmZ}
 * combined standard errors (and by at least {@link #MIN_RISE}), i.e. when it leaves the noise band
 * {@code baseline + alarmZ * sqrt(se_baseline^2 + se_release^2)}. The standard errors are those of
 * resampling each release's texts with the teacher and human references held fixed: every release
 * is compared against the same references, so their sampling noise is common to all and cancels.
 * Immutable.
 */
public record VoiceSeriesReport(List<VoiceReport> reports, List<Point> points, double alarmZ) {

    /** One release in the series: its proximity, the top of the noise band it is read against, z and alarm. */
    public record Point(String release, Estimate proximity, double bandHigh, double z, boolean alarm) {
        public Point {
            requireNonNull(release, "release is null");
            requireNonNull(proximity, "proximity is null");
        }
    }

    public VoiceSeriesReport {
        reports = List.copyOf(reports);
        points = List.copyOf(points);
    }

    /**
     * The smallest rise of the proximity index over the baseline that can raise the alarm. With
     * thousands of texts per release the resampling noise is tiny, and week-to-week topic mix alone
     * moves the index by a few hundredths: significance without this floor alarms on control lines.
     */
    public static final double MIN_RISE = 0.05;

    static VoiceSeriesReport of(List<VoiceReport> reports, double alarmZ) {
        if (reports.isEmpty()) {
            throw PlumblineException.invalidInput("a voice series needs at least one release");
        }
        Estimate baseline = noise(reports.get(0));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Estimate current = noise(reports.get(i));
            double se = Math.sqrt(baseline.standardError() * baseline.standardError()
                    + current.standardError() * current.standardError());
            double z = se == 0 ? 0 : (current.value() - baseline.value()) / se;
            points.add(new Point(reports.get(i).release(), proximity(reports.get(i)), baseline.value() + alarmZ * se, z,
                    i > 0 && z > alarmZ && current.value() - baseline.value() >= MIN_RISE));
        }
        return new VoiceSeriesReport(reports, points, alarmZ);
    }

    public boolean alarm() {
        return points.stream().anyMatch(Point::alarm);
    }

    public Optional<String> firstAlarm() {
        return points.stream().filter(Point::alarm).map(Point::release).findFirst();
    }

    private static Estimate noise(VoiceReport report) {
        proximity(report);
        return report.teacherProximityReleaseSampling().orElseThrow();
    }

    private static Estimate proximity(VoiceReport report) {
        return report.teacherProximity().orElseThrow(() -> PlumblineException.invalidInput(
                "release " + report.release() + " was audited without a teacher; a series needs one"));
    }
}
