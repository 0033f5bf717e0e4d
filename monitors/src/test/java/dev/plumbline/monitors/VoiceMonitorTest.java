package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The voice audit on small generated corpora whose voices are known. */
class VoiceMonitorTest {
    private static final VoiceOptions OPTIONS = VoiceOptions.defaults().withBootstrapReplicates(50);
    private static final String[] TOPICS = {"garden", "invoice", "holiday", "printer", "recipe", "meeting", "bike",
        "budget", "lesson", "flight"};

    @Test
    void aReleaseThatWritesLikeTheTeacherIsCloserToItThanToHumans() {
        Corpus teacher = corpus("teacher", 60, 1, VoiceMonitorTest::assistant);
        Corpus human = corpus("human", 60, 2, VoiceMonitorTest::person);
        Corpus release = corpus("release", 60, 3, VoiceMonitorTest::assistant);

        VoiceReport report = VoiceMonitor.audit(release, teacher, human, OPTIONS);

        assertThat(report.teacherProximity().orElseThrow().value()).isGreaterThan(0.5);
        assertThat(report.divergenceToTeacher().orElseThrow().value()).isLessThan(report.divergenceToHuman().value());
        assertThat(report.fromHuman().accuracy().value()).isGreaterThan(0.9);
        assertThat(report.fromTeacher().orElseThrow().accuracy().value()).isLessThan(0.75);
        assertThat(report.versusHuman().typicalOfFirst()).extracting(DistinctivePhrase::phrase)
                .anyMatch(p -> p.contains("additionally"));
        assertThat(report.releaseFingerprint().textsWithListShare()).isEqualTo(1.0);
        assertThat(report.humanFingerprint().textsWithListShare()).isZero();
    }

    @Test
    void withoutATeacherOnlyTheHumanSideIsReported() {
        VoiceReport report = VoiceMonitor.auditAgainstHuman(corpus("r", 30, 3, VoiceMonitorTest::assistant),
                corpus("h", 30, 2, VoiceMonitorTest::person), OPTIONS);

        assertThat(report.teacher()).isEmpty();
        assertThat(report.teacherProximity()).isEmpty();
        assertThat(report.versusTeacher()).isEmpty();
        assertThat(ReportJson.voice(report)).doesNotContain("teacher_proximity").contains("\"human_reference\":\"h\"");
    }

    @Test
    void sameInputsAndSeedGiveTheSameBytes() {
        Corpus teacher = corpus("teacher", 30, 1, VoiceMonitorTest::assistant);
        Corpus human = corpus("human", 30, 2, VoiceMonitorTest::person);
        Corpus release = corpus("release", 30, 3, VoiceMonitorTest::person);

        String once = ReportJson.voice(VoiceMonitor.audit(release, teacher, human, OPTIONS));
        String twice = ReportJson.voice(VoiceMonitor.audit(release, teacher, human, OPTIONS));

        assertThat(once).isEqualTo(twice).startsWith("{\"schema_version\":1,\"report\":\"voice\",\"release\":\"release\"");
        assertThat(ReportText.voice(VoiceMonitor.audit(release, teacher, human, OPTIONS)))
                .contains("teacher proximity", "separable from human", "phrases of release vs teacher");
    }

    @Test
    void refusesACorpusTooSmallToCrossValidate() {
        Corpus tiny = new Corpus("tiny", List.of("a", "b", "c"));
        Corpus human = corpus("human", 30, 2, VoiceMonitorTest::person);

        assertThatThrownBy(() -> VoiceMonitor.auditAgainstHuman(tiny, human, OPTIONS))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("'tiny' has 3");
    }

    private interface Writer {
        String write(String topic, Random random);
    }

    private static String assistant(String topic, Random random) {
        return "Certainly! Here are some tips about your " + topic + ":\n1. Check the " + topic + " first.\n"
                + "2. Additionally, it is important to plan " + (random.nextInt(9) + 2) + " steps ahead.\n"
                + "3. Overall, stay organised.\nI hope this helps!";
    }

    private static String person(String topic, Random random) {
        return random.nextBoolean() ? "my " + topic + " broke again lol, no idea why"
                : "Just fix the " + topic + " yourself, it takes " + (random.nextInt(9) + 2) + " minutes";
    }

    private static Corpus corpus(String name, int size, long seed, Writer writer) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            texts.add(writer.write(TOPICS[random.nextInt(TOPICS.length)], random));
        }
        return new Corpus(name, texts);
    }
}
