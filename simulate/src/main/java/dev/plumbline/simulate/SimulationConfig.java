package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything a simulation run depends on; the same config gives the same records, byte for byte.
 * Immutable. {@link #defaults()} is a product of 5,000 users over eight weeks with four main
 * releases (drifting toward the teacher; the last one is the Goodhart release), four control
 * releases and the teacher; {@link #small()} is a quick one for tests and the demo.
 */
public record SimulationConfig(
        long seed,
        int users,
        int weeks,
        Instant start,
        TrafficSetup traffic,
        JudgeSetup judge,
        AnnotatorSetup annotators,
        EvalSetup eval,
        List<ReleaseSpec> releases) {
    public static final Instant DEFAULT_START = Instant.parse("2026-10-05T00:00:00Z");

    public SimulationConfig {
        requireNonNull(start, "start is null");
        requireNonNull(traffic, "traffic is null");
        requireNonNull(judge, "judge is null");
        requireNonNull(annotators, "annotators is null");
        requireNonNull(eval, "eval is null");
        releases = List.copyOf(requireNonNull(releases, "releases is null"));
        if (users < 1 || weeks < 1 || weeks > 520) {
            throw PlumblineException.invalidInput("users must be >= 1 and weeks in 1..520, were " + users + ", " + weeks);
        }
        if (start.atOffset(ZoneOffset.UTC).getDayOfWeek() != DayOfWeek.MONDAY
                || start.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() != 0) {
            throw PlumblineException.invalidInput("start must be a Monday at 00:00 UTC, was " + start);
        }
        for (ReleaseLine line : ReleaseLine.values()) {
            boolean startsAtZero = releases.stream().anyMatch(r -> r.line() == line && r.startFraction() == 0);
            if (!startsAtZero) {
                throw PlumblineException.invalidInput("the " + line + " line needs a release with startFraction 0");
            }
        }
    }

    public static SimulationConfig defaults() {
        return new SimulationConfig(42, 5_000, 8, DEFAULT_START, TrafficSetup.defaults(), JudgeSetup.defaults(),
                AnnotatorSetup.defaults(), EvalSetup.defaults(), standardReleases());
    }

    /**
     * 1,500 users over four weeks and 60 eval items (about 60,000 records, a few seconds): the
     * smallest run in which every planted effect is recovered within a few points.
     */
    public static SimulationConfig small() {
        return defaults().withUsers(1_500).withWeeks(4).withEval(new EvalSetup("sim-eval-v1", 60, 0.2, "acme", 4));
    }

    /**
     * Main line {@code acme-assist} (family acme) drifting toward the teacher {@code sage-large}
     * (family sage, the judge's family) in steps of 0, 0.25, 0.5 and 0.8; its fourth release is
     * longer and list-heavy, pleases the judge and loses retention. Control line {@code acme-lite}
     * keeps its voice and quality.
     */
    public static List<ReleaseSpec> standardReleases() {
        return List.of(
                new ReleaseSpec("acme-assist", "acme", ReleaseLine.MAIN, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0),
                new ReleaseSpec("acme-assist", "acme", ReleaseLine.MAIN, 0.25, 0.25, 0.15, 1.1, 0.05, 0.01),
                new ReleaseSpec("acme-assist", "acme", ReleaseLine.MAIN, 0.5, 0.5, 0.3, 1.25, 0.1, 0.02),
                new ReleaseSpec("acme-assist", "acme", ReleaseLine.MAIN, 0.75, 0.8, 0.2, 2.6, 0.35, -0.09),
                new ReleaseSpec("acme-lite", "acme", ReleaseLine.CONTROL, 0.0, 0.0, -0.1, 0.8, 0.0, 0.0),
                new ReleaseSpec("acme-lite", "acme", ReleaseLine.CONTROL, 0.25, 0.0, -0.1, 0.8, 0.0, 0.0),
                new ReleaseSpec("acme-lite", "acme", ReleaseLine.CONTROL, 0.5, 0.0, -0.1, 0.8, 0.0, 0.0),
                new ReleaseSpec("acme-lite", "acme", ReleaseLine.CONTROL, 0.75, 0.0, -0.1, 0.8, 0.0, 0.0),
                new ReleaseSpec("sage-large", "sage", ReleaseLine.TEACHER, 0.0, 1.0, 0.2, 1.4, 0.0, 0.0));
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(newSeed, users, weeks, start, traffic, judge, annotators, eval, releases);
    }

    public SimulationConfig withUsers(int newUsers) {
        return new SimulationConfig(seed, newUsers, weeks, start, traffic, judge, annotators, eval, releases);
    }

    public SimulationConfig withWeeks(int newWeeks) {
        return new SimulationConfig(seed, users, newWeeks, start, traffic, judge, annotators, eval, releases);
    }

    public SimulationConfig withTraffic(TrafficSetup newTraffic) {
        return new SimulationConfig(seed, users, weeks, start, newTraffic, judge, annotators, eval, releases);
    }

    public SimulationConfig withJudge(JudgeSetup newJudge) {
        return new SimulationConfig(seed, users, weeks, start, traffic, newJudge, annotators, eval, releases);
    }

    public SimulationConfig withAnnotators(AnnotatorSetup newAnnotators) {
        return new SimulationConfig(seed, users, weeks, start, traffic, judge, newAnnotators, eval, releases);
    }

    public SimulationConfig withEval(EvalSetup newEval) {
        return new SimulationConfig(seed, users, weeks, start, traffic, judge, annotators, newEval, releases);
    }

    public SimulationConfig withReleases(List<ReleaseSpec> newReleases) {
        return new SimulationConfig(seed, users, weeks, start, traffic, judge, annotators, eval, newReleases);
    }

    /** The first instant after the simulated period. */
    public Instant end() {
        return start.plusSeconds(weeks * 7L * 86_400L);
    }
}
