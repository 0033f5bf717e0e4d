package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Planted series on real text. The prompts are split: on even prompts text-davinci-003 is the
 * teacher and the human answers the reference; on odd prompts a release's answers start as those
 * of davinci fine-tuned on self-instruct data (the student) and take in a growing share of the
 * teacher's sentences for the same prompt (0, 25, 50, 75, 100%). Controls: the same base moving towards the human answers instead, and
 * the base with a random fifth of its sentences dropped anew for each release.
 */
class PlantedVoiceSeriesTest {
    private static final double[] SHARES = {0, 0.25, 0.5, 0.75, 1};
    private static final VoiceOptions OPTIONS = VoiceOptions.defaults();

    private final List<String> base = SelfInstructData.model("davinci-self-instruct").texts();
    private final List<String> teacherAnswers = SelfInstructData.model("text-davinci-003").texts();
    private final List<String> humanAnswers = SelfInstructData.human().texts();
    private final Corpus teacher = new Corpus("teacher", pick(teacherAnswers, i -> i % 2 == 0));
    private final Corpus human = new Corpus("human", pick(humanAnswers, i -> i % 2 == 0));

    @Test
    void releasesDriftingIntoTheTeachersVoiceRaiseTheAlarm() {
        List<Corpus> releases = new ArrayList<>();
        for (int step = 0; step < SHARES.length; step++) {
            releases.add(mixed("towards-teacher-" + step, teacherAnswers, SHARES[step], 100 + step));
        }

        VoiceSeriesReport series = VoiceMonitor.series(releases, teacher, human, OPTIONS);
        System.out.println(ReportText.voiceSeries(series));

        assertThat(series.alarm()).isTrue();
        assertThat(series.points().get(4).alarm()).isTrue();
        List<Double> proximity = series.points().stream().map(p -> p.proximity().value()).toList();
        assertThat(proximity).isSortedAccordingTo(Double::compare);
        VoiceReport last = series.reports().get(4);
        assertThat(last.divergenceToTeacher().orElseThrow().value())
                .isLessThan(series.reports().get(0).divergenceToTeacher().orElseThrow().value());
    }

    @Test
    void releasesDriftingTowardsTheHumanReferenceStayQuiet() {
        List<Corpus> releases = new ArrayList<>();
        for (int step = 0; step < SHARES.length; step++) {
            releases.add(mixed("towards-human-" + step, humanAnswers, SHARES[step], 200 + step));
        }

        VoiceSeriesReport series = VoiceMonitor.series(releases, teacher, human, OPTIONS);
        System.out.println(ReportText.voiceSeries(series));

        assertThat(series.alarm()).isFalse();
        assertThat(series.points().get(4).proximity().value()).isLessThan(series.points().get(0).proximity().value());
    }

    @Test
    void releasesThatOnlyResampleTheBaseStayQuiet() {
        List<Corpus> releases = new ArrayList<>();
        for (int step = 0; step < SHARES.length; step++) {
            releases.add(thinned("resampled-" + step, 0.2, 300 + step));
        }

        VoiceSeriesReport series = VoiceMonitor.series(releases, teacher, human, OPTIONS);
        System.out.println(ReportText.voiceSeries(series));

        assertThat(series.alarm()).isFalse();
    }

    @Test
    void seriesJsonNamesTheFirstAlarmedRelease() {
        List<Corpus> releases = List.of(mixed("r0", teacherAnswers, 0, 1), mixed("r1", teacherAnswers, 1, 2));
        VoiceSeriesReport series = VoiceMonitor.series(releases, teacher, human, OPTIONS.withBootstrapReplicates(50));

        String json = ReportJson.voiceSeries(series);

        assertThat(json).startsWith("{\"schema_version\":1,\"report\":\"voice_series\",\"alarm\":true,\"first_alarm\":\"r1\"");
        assertThat(json).contains("\"teacher_proximity\"", "\"phrases_vs_teacher\"", "\"separability_from_teacher\"");
    }

    /** Base answers on odd prompts, each base sentence kept with chance 1 - share, each source sentence added with chance share. */
    private Corpus mixed(String name, List<String> source, double share, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < base.size(); i += 2) {
            List<String> sentences = new ArrayList<>();
            segments(base.get(i)).stream().filter(s -> random.nextDouble() >= share).forEach(sentences::add);
            segments(source.get(i)).stream().filter(s -> random.nextDouble() < share).forEach(sentences::add);
            texts.add(sentences.isEmpty() ? base.get(i) : String.join("", sentences));
        }
        return new Corpus(name, texts);
    }

    private Corpus thinned(String name, double drop, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < base.size(); i += 2) {
            List<String> kept = segments(base.get(i)).stream().filter(s -> random.nextDouble() >= drop).toList();
            texts.add(kept.isEmpty() ? base.get(i) : String.join("", kept));
        }
        return new Corpus(name, texts);
    }

    /** Sentences or lines, each with the white space that followed it, so list and line structure survive mixing. */
    static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        java.util.regex.Matcher breaks = java.util.regex.Pattern.compile("(?<=[.!?])[ \\t]+|\\n+").matcher(text.strip());
        String stripped = text.strip();
        int start = 0;
        while (breaks.find()) {
            segments.add(stripped.substring(start, breaks.end()));
            start = breaks.end();
        }
        if (start < stripped.length()) {
            segments.add(stripped.substring(start) + "\n");
        }
        return segments;
    }

    private static List<String> pick(List<String> texts, IntPredicate index) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (index.test(i)) {
                picked.add(texts.get(i));
            }
        }
        return picked;
    }
}
