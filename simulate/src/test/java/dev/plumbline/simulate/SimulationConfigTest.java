package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationConfigTest {
    @Test
    void defaultsPlantFourDriftingMainReleasesFourControlReleasesAndOneTeacher() {
        List<ReleaseSpec> releases = SimulationConfig.defaults().releases();

        assertThat(releases).filteredOn(r -> r.line() == ReleaseLine.MAIN).extracting(ReleaseSpec::teacherWeight)
                .containsExactly(0.0, 0.25, 0.5, 0.8);
        assertThat(releases).filteredOn(r -> r.line() == ReleaseLine.CONTROL).extracting(ReleaseSpec::teacherWeight)
                .containsOnly(0.0).hasSize(4);
        assertThat(releases).filteredOn(r -> r.line() == ReleaseLine.TEACHER).singleElement()
                .extracting(ReleaseSpec::family).isEqualTo(JudgeSetup.defaults().family());
    }

    @Test
    void releaseVersionsAreTheirStartDates() {
        GroundTruth truth = Simulator.run(SimulationConfig.small().withUsers(5), record -> { });

        assertThat(truth.releases()).filteredOn(r -> r.line().equals("main")).extracting(ReleaseTruth::release)
                .containsExactly("acme-assist@2026-10-05", "acme-assist@2026-10-12", "acme-assist@2026-10-19",
                        "acme-assist@2026-10-26");
        assertThat(truth.voice().teacher()).isEqualTo("sage-large@2026-10-05");
    }

    @Test
    void contaminatedItemCountIsTheRoundedShareOfItems() {
        assertThat(new EvalSetup("e", 7, 0.5, "acme", 0).contaminatedItems()).isEqualTo(4);
        assertThat(new EvalSetup("e", 200, 0.15, "acme", 10).contaminatedItems()).isEqualTo(30);
        assertThat(new EvalSetup("e", 0, 0.15, "acme", 0).contaminatedItems()).isZero();
    }

    @Test
    void rejectsAStartThatIsNotAMondayAtMidnight() {
        SimulationConfig config = SimulationConfig.small();

        assertInvalid(() -> new SimulationConfig(1, 10, 2, Instant.parse("2026-10-06T00:00:00Z"), config.traffic(),
                config.judge(), config.annotators(), config.eval(), config.releases()));
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        assertInvalid(() -> SimulationConfig.small().withUsers(0));
        assertInvalid(() -> SimulationConfig.small().withWeeks(0));
        assertInvalid(() -> JudgeSetup.defaults().withPositionFirstShare(1.5));
        assertInvalid(() -> new AnnotatorSetup(2, 0.1, 0.2, 0.3, 0.3, 0.2, 0.5, 0.5));
        assertInvalid(() -> new AnnotatorSetup(5, 0.3, 0.2, 0.3, 0.3, 0.2, 0.5, 0.5));
        assertInvalid(() -> new EvalSetup("e", 5, 0.2, "acme", 6));
        assertInvalid(() -> new TrafficSetup(2, 0.6, 0.5, 0.3, 0.5, 0.06, 0.25, 0.9));
        assertInvalid(() -> new ReleaseSpec("m", "f", ReleaseLine.MAIN, 1.0, 0, 0, 1, 0, 0));
    }

    @Test
    void rejectsALineWithoutAReleaseOnTheFirstDay() {
        List<ReleaseSpec> releases = new ArrayList<>(SimulationConfig.standardReleases());
        releases.removeIf(r -> r.line() == ReleaseLine.CONTROL && r.startFraction() == 0);

        assertInvalid(() -> SimulationConfig.small().withReleases(releases));
    }

    @Test
    void rejectsTwoReleasesOfALineOnTheSameDay() {
        SimulationConfig oneWeek = SimulationConfig.small().withUsers(1).withWeeks(1);

        // over seven days a release at 0.1 starts on day 0, the same day as the control line's first
        List<ReleaseSpec> releases = new ArrayList<>(SimulationConfig.standardReleases());
        releases.add(new ReleaseSpec("acme-lite", "acme", ReleaseLine.CONTROL, 0.1, 0, 0, 1, 0, 0));

        assertInvalid(() -> Simulator.run(oneWeek.withReleases(releases), record -> { }));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PlumblineException.class)
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.INVALID_INPUT);
    }
}
