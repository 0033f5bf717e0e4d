package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation on real text: the 252 human-written answers of self-instruct's user-oriented set
 * against three models' answers to the same 252 prompts. Numbers go to the test output.
 */
class SelfInstructVoiceTest {
    private static final Map<String, VoiceReport> UNPAIRED = new LinkedHashMap<>();
    private static final Map<String, Separability> PAIRED = new LinkedHashMap<>();

    @BeforeAll
    static void auditEachModelAgainstTheHumanAnswers() {
        Corpus human = SelfInstructData.human();
        VoiceOptions options = VoiceOptions.defaults();
        for (String model : SelfInstructData.MODELS) {
            Corpus answers = SelfInstructData.model(model);
            VoiceReport report = VoiceMonitor.auditAgainstHuman(answers, human, options);
            UNPAIRED.put(model, report);
            System.out.println(ReportText.voice(report));
            Separability paired = VoiceMonitor.auditAgainstHuman(answers, human,
                    options.withPairedWithHuman(true).withBootstrapReplicates(2)).fromHuman();
            PAIRED.put(model, paired);
            System.out.println(model + " paired: " + ReportText.separability(paired));
        }
    }

    @Test
    void tellsWhichOfTwoAnswersToTheSamePromptIsTheHumanOneWellAboveChance() {
        PAIRED.forEach((model, separability) -> {
            assertThat(separability.paired()).isTrue();
            assertThat(separability.nFirst()).isEqualTo(252);
            assertThat(separability.accuracy().value()).as(model).isGreaterThan(0.65);
            assertThat(separability.accuracy().low()).as(model).isGreaterThan(0.6);
        });
    }

    @Test
    void tellsSingleHumanAnswersFromModelAnswersAboveChance() {
        UNPAIRED.forEach((model, report) -> {
            Separability separability = report.fromHuman();
            assertThat(separability.paired()).isFalse();
            assertThat(separability.chance()).isEqualTo(0.5);
            assertThat(separability.aboveChance()).as(model).isTrue();
        });
    }

    @Test
    void tellsTheThreeModelsApartOnTheSamePrompts() {
        List<String> models = SelfInstructData.MODELS;
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                Separability separability = VoiceMonitor.separability(SelfInstructData.model(models.get(i)),
                        SelfInstructData.model(models.get(j)), true, VoiceOptions.defaults());
                System.out.println(models.get(i) + " vs " + models.get(j) + ": " + ReportText.separability(separability));
                assertThat(separability.accuracy().low()).as(models.get(i) + " vs " + models.get(j)).isGreaterThan(0.5);
            }
        }
    }

    @Test
    void ranksTheModelsByTheirDistanceToTheHumanReference() {
        List<String> ranked = UNPAIRED.values().stream()
                .sorted(Comparator.comparingDouble(r -> r.divergenceToHuman().value()))
                .map(VoiceReport::release).toList();
        System.out.println("closest to the human reference first: " + ranked);
        // The self-instruct-tuned base model, with its looping and run-on answers, is the furthest.
        assertThat(ranked.get(2)).isEqualTo("davinci-self-instruct");
        Estimate furthest = UNPAIRED.get("davinci-self-instruct").divergenceToHuman();
        Estimate nearest = UNPAIRED.get(ranked.get(0)).divergenceToHuman();
        assertThat(furthest.low()).isGreaterThan(nearest.high());
    }

    @Test
    void listsPhrasesTypicalOfEachModelAgainstTheHumanReference() {
        UNPAIRED.forEach((model, report) -> {
            PhraseContrast contrast = report.versusHuman();
            assertThat(contrast.typicalOfFirst()).as(model).hasSizeGreaterThanOrEqualTo(5);
            assertThat(contrast.typicalOfFirst()).allSatisfy(p -> assertThat(p.z()).isGreaterThan(1.96));
            assertThat(contrast.typicalOfSecond()).allSatisfy(p -> assertThat(p.z()).isLessThan(-1.96));
        });
    }
}
