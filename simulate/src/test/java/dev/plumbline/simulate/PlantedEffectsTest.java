package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each planted effect, measured from the records alone, matches what the config planted and the ground truth says. */
class PlantedEffectsTest {
    private static final SimulationConfig CONFIG = SimulationConfig.defaults().withUsers(3_000).withWeeks(4);
    private static final Pattern TEACHER_MARKERS = Pattern.compile(
            "delve|It's important to note|Certainly!|leverage|utilize|Additionally|Furthermore|seamless|I hope this helps");
    private static final Observed OBSERVED = new Observed();
    private static GroundTruth truth;

    @BeforeAll
    static void simulate() {
        truth = Simulator.run(CONFIG, OBSERVED);
    }

    @Test
    void judgePicksTheFirstShownAnswerOnInconsistentPairsAtThePlantedShare() {
        List<Observed.JudgedPair> inconsistent = OBSERVED.inconsistentPairs();
        double firstShown = inconsistent.stream().filter(p -> p.aFirst.equals("A")).count() / (double) inconsistent.size();

        assertThat(inconsistent).hasSizeGreaterThan(200);
        assertThat(firstShown).isCloseTo(CONFIG.judge().positionFirstShare(), within(0.07));
        assertThat(firstShown).isEqualTo(truth.judge().firstShownShareOnInconsistent());
        assertThat((double) inconsistent.size() / OBSERVED.judged.size())
                .isCloseTo(CONFIG.judge().inconsistencyRate() * (1 - CONFIG.judge().tieRate()), within(0.04));
    }

    @Test
    void judgePositionShareFollowsTheConfiguredBias() {
        SimulationConfig config = SimulationConfig.small().withUsers(2_000)
                .withJudge(JudgeSetup.defaults().withPositionFirstShare(0.3));
        Observed observed = new Observed();
        Simulator.run(config, observed);
        List<Observed.JudgedPair> inconsistent = observed.inconsistentPairs();

        assertThat(inconsistent.stream().filter(p -> p.aFirst.equals("A")).count() / (double) inconsistent.size())
                .isCloseTo(0.3, within(0.08));
    }

    @Test
    void judgePrefersLongerAnswersMoreThanTheTruthDoesAndLessWithoutLengthBias() {
        double planted = longerPreferred(OBSERVED);
        Observed unbiased = new Observed();
        Simulator.run(CONFIG.withJudge(JudgeSetup.defaults().withLengthBias(0)), unbiased);

        assertThat(planted).isEqualTo(truth.judge().judgePrefersLonger());
        assertThat(planted).isGreaterThan(truth.judge().truthPrefersLonger() + 0.08);
        assertThat(longerPreferred(unbiased)).isLessThan(planted - 0.08);
    }

    @Test
    void judgeFavoursItsOwnFamilyBeyondTheTruthAndLessWithoutSelfPreference() {
        String family = CONFIG.judge().family();
        Observed neutral = new Observed();
        Simulator.run(CONFIG.withJudge(JudgeSetup.defaults().withSelfPreference(0)), neutral);

        assertThat(OBSERVED.judgeWinRateOfFamily(family)).isCloseTo(truth.judge().judgeOwnFamilyWinRate(), within(1e-9));
        assertThat(OBSERVED.judgeWinRateOfFamily(family)).isGreaterThan(neutral.judgeWinRateOfFamily(family) + 0.05);
    }

    @Test
    void rawThumbsRateIsBiasedWhileThePropensityWeightedEstimateRecoversTrueSatisfaction() {
        double trueSatisfaction = truth.satisfaction().trueSatisfaction();

        assertThat(OBSERVED.rawThumbsUpRate()).isEqualTo(truth.satisfaction().rawThumbsUpRate());
        assertThat(Math.abs(OBSERVED.rawThumbsUpRate() - trueSatisfaction)).isGreaterThan(0.1);
        assertThat(OBSERVED.ipwEstimate()).isCloseTo(trueSatisfaction, within(0.03));
    }

    @Test
    void thumbsComeFromAnUnrepresentativeMixOfSegments() {
        Map<String, Double> coverage = truth.satisfaction().thumbsPerInteractionBySegment();
        long enterpriseThumbs = OBSERVED.thumbs.stream()
                .filter(t -> OBSERVED.interactions.get(t.interactionId()).segment().equals("enterprise")).count();

        assertThat(coverage.get("free")).isGreaterThan(2 * coverage.get("enterprise"));
        assertThat((double) enterpriseThumbs / OBSERVED.thumbs.size()).isEqualTo(truth.satisfaction().thumbsShareBySegment().get("enterprise"));
        assertThat(truth.satisfaction().trueBySegment().get("enterprise")).isLessThan(truth.satisfaction().trueBySegment().get("free"));
    }

    @Test
    void exactlyThePlantedShareOfEvalItemsIsContaminatedForTheEvaluatedFamily() {
        String family = CONFIG.eval().evaluatedFamily();
        Set<String> contaminated = new HashSet<>();
        OBSERVED.goldLabels.forEach((item, label) -> {
            boolean byJudgeOfFamily = label.actor().role() == ActorRole.JUDGE && label.actor().family().orElse("").equals(family);
            boolean sawFamilyDraft = label.sawDraft() && OBSERVED.interactions.get(item).family().equals(family);
            if (byJudgeOfFamily || sawFamilyDraft) {
                contaminated.add(item);
            }
        });

        assertThat(OBSERVED.goldLabels).hasSize(CONFIG.eval().items());
        assertThat(contaminated).hasSize(30).containsExactlyInAnyOrderElementsOf(truth.contamination().contaminatedItemIds());
        assertThat(truth.contamination().contaminatedShare()).isEqualTo(0.15);
        assertThat(truth.contamination().mechanismByItem().values()).contains("judge", "draft", "clean");
    }

    @Test
    void evalPromptsReachProductionOnlyWhereALeakWasPlanted() {
        Map<String, String> evalPrompts = OBSERVED.interactions.entrySet().stream().filter(e -> e.getValue().eval())
                .collect(Collectors.toMap(e -> e.getValue().prompt(), Map.Entry::getKey));
        Map<String, String> leaks = OBSERVED.interactions.entrySet().stream()
                .filter(e -> !e.getValue().eval() && evalPrompts.containsKey(e.getValue().prompt()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> evalPrompts.get(e.getValue().prompt())));

        assertThat(leaks).hasSizeGreaterThanOrEqualTo(CONFIG.eval().leakedPrompts())
                .isEqualTo(truth.contamination().leakedInteractions());
        assertThat(new HashSet<>(leaks.values())).hasSize(CONFIG.eval().leakedPrompts());
    }

    @Test
    void mainReleasesDriftTowardTheTeacherStepByStepWhileControlReleasesDoNot() {
        List<String> main = truth.releases().stream().filter(r -> r.line().equals("main")).map(ReleaseTruth::release).toList();
        List<String> control = truth.voice().controlReleases();
        double[] mainDensity = main.stream().mapToDouble(PlantedEffectsTest::teacherMarkersPerThousandChars).toArray();

        assertThat(main).hasSize(4);
        assertThat(mainDensity[0]).isZero();
        for (int i = 1; i < mainDensity.length; i++) {
            assertThat(mainDensity[i]).as(main.get(i)).isGreaterThan(mainDensity[i - 1] + 0.2);
        }
        assertThat(teacherMarkersPerThousandChars(truth.voice().teacher())).isGreaterThan(mainDensity[3]);
        control.forEach(release -> assertThat(teacherMarkersPerThousandChars(release)).as(release).isZero());
        assertThat(truth.voice().driftingReleases()).containsExactlyElementsOf(main.subList(1, 4));
    }

    @Test
    void goodhartReleaseWinsWithTheJudgeWhileRetentionFalls() {
        assertThat(truth.goodhart().divergingReleases()).hasSize(1);
        ReleaseTruth goodhart = truth.release(truth.goodhart().divergingReleases().get(0)).orElseThrow();
        String previous = goodhart.previous().orElseThrow();

        assertThat(OBSERVED.judgeWinRate(goodhart.release(), previous)).isGreaterThan(0.55)
                .isCloseTo(goodhart.judgeWinRateVsPrevious().orElseThrow(), within(1e-9));
        assertThat(OBSERVED.retention(goodhart.release())).isLessThan(OBSERVED.retention(previous) - 0.04);
        assertThat(OBSERVED.retentionChangeZ(goodhart.release(), previous)).isLessThan(-3);
        assertThat(goodhart.userChoiceRateVsPrevious().orElseThrow()).isLessThan(0.5);
    }

    @Test
    void quietReleasesLoseNoSignificantRetentionAndControlReleasesStayLevelWithTheJudge() {
        for (String key : truth.goodhart().quietReleases()) {
            ReleaseTruth release = truth.release(key).orElseThrow();
            String previous = release.previous().orElseThrow();
            assertThat(OBSERVED.retentionChangeZ(key, previous)).as(key).isGreaterThan(-3);
            if (release.line().equals("control")) {
                assertThat(OBSERVED.judgeWinRate(key, previous)).as(key).isBetween(0.38, 0.62);
            }
        }
        assertThat(truth.goodhart().quietReleases()).hasSize(5);
    }

    @Test
    void annotatorsLabelSomePairsThreeTimesUnderTwoGuidelinesSometimesSeeingTheJudgesDraft() {
        Map<Integer, Long> pairsByLabelCount = OBSERVED.annotatorLabelsPerPair.values().stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));

        assertThat(pairsByLabelCount).containsOnlyKeys(1, 3);
        assertThat(pairsByLabelCount.get(3)).isEqualTo(truth.annotators().overlapPairs());
        assertThat(pairsByLabelCount.get(1) + pairsByLabelCount.get(3)).isEqualTo(truth.annotators().annotatedPairs());
        assertThat(OBSERVED.sawDraftPairLabels).isEqualTo(truth.annotators().assistedLabels()).isPositive();
        assertThat(OBSERVED.guidelines).containsExactlyInAnyOrder("v1", "v2");
        assertThat(truth.annotators().noiseByAnnotator()).hasSize(CONFIG.annotators().count())
                .allSatisfy((id, noise) -> assertThat(noise).isBetween(CONFIG.annotators().noiseMin(), CONFIG.annotators().noiseMax()));
    }

    @Test
    void editsAreEitherTrivialOrSubstantiveAsCounted() {
        long trivial = 0;
        long substantive = 0;
        for (Feedback edit : OBSERVED.edits) {
            String before = OBSERVED.interactions.get(edit.interactionId()).completion();
            double unchanged = unchangedShare(before, edit.text().orElseThrow());
            trivial += unchanged > 0.9 ? 1 : 0;
            substantive += unchanged < 0.67 ? 1 : 0;
        }

        assertThat(trivial).isEqualTo(truth.traffic().trivialEdits()).isPositive();
        assertThat(substantive).isEqualTo(truth.traffic().substantiveEdits()).isPositive();
    }

    @Test
    void theDemosSmallRunAlreadyShowsEveryTrap() {
        GroundTruth small = Simulator.run(SimulationConfig.small(), record -> { });
        SatisfactionTruth satisfaction = small.satisfaction();
        ReleaseTruth goodhart = small.release(small.goodhart().divergingReleases().get(0)).orElseThrow();
        ReleaseTruth previous = small.release(goodhart.previous().orElseThrow()).orElseThrow();

        assertThat(Math.abs(satisfaction.ipwEstimate() - satisfaction.trueSatisfaction()))
                .isLessThan(Math.abs(satisfaction.rawThumbsUpRate() - satisfaction.trueSatisfaction()) / 2);
        assertThat(small.judge().firstShownShareOnInconsistent()).isCloseTo(0.75, within(0.1));
        assertThat(small.judge().judgePrefersLonger()).isGreaterThan(small.judge().truthPrefersLonger());
        assertThat(goodhart.judgeWinRateVsPrevious().orElseThrow()).isGreaterThan(0.6);
        assertThat(goodhart.retention7d()).isLessThan(previous.retention7d() - 0.05);
        assertThat(small.contamination().contaminatedItemIds()).hasSize(12);
    }

    private static double teacherMarkersPerThousandChars(String release) {
        long markers = 0;
        long chars = 0;
        for (Observed.Info answer : OBSERVED.interactions.values()) {
            if (answer.release().equals(release)) {
                markers += TEACHER_MARKERS.matcher(answer.completion()).results().count();
                chars += answer.completion().length();
            }
        }
        return 1000.0 * markers / chars;
    }

    /** P(the judge's pick is the longer answer) over consistent decisive verdicts on pairs of different lengths. */
    private static double longerPreferred(Observed observed) {
        long decided = 0;
        long longer = 0;
        for (Observed.JudgedPair pair : observed.consistentDecisivePairs()) {
            int a = observed.interactions.get(pair.a).completion().length();
            int b = observed.interactions.get(pair.b).completion().length();
            if (a != b) {
                decided++;
                longer += pair.aFirst.equals("A") == (a > b) ? 1 : 0;
            }
        }
        return (double) longer / decided;
    }

    /** Common prefix plus common suffix as a share of the longer text: a cheap upper bound on similarity. */
    private static double unchangedShare(String before, String after) {
        int max = Math.max(before.length(), after.length());
        int prefix = 0;
        while (prefix < Math.min(before.length(), after.length()) && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(before.length(), after.length()) - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return (double) (prefix + suffix) / max;
    }

}
