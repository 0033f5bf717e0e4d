package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The annotator model outside the simulator is the simulator's own pool, and its odds are exact. */
class AnnotatorModelTest {
    private static final SimulationConfig CONFIG = SimulationConfig.small().withUsers(200);

    @Test
    void thePoolHasTheSameAnnotatorsAndPlantedNoiseAsTheRunsGroundTruth() {
        GroundTruth truth = Simulator.run(CONFIG, record -> { });
        AnnotatorModel model = AnnotatorModel.of(CONFIG);

        assertThat(model.ids()).containsExactlyElementsOf(truth.annotators().noiseByAnnotator().keySet());
        model.ids().forEach(id -> assertThat(model.noise(id)).isEqualTo(truth.annotators().noiseByAnnotator().get(id)));
        assertThat(model.anchoring()).isEqualTo(CONFIG.annotators().anchoring());
    }

    @Test
    void everySideBySidePairIsHandedOverWithTheSubjectItsJudgeLabelsUse() {
        List<HiddenPair> hidden = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        GroundTruth truth = Simulator.run(CONFIG, record -> {
            if (record instanceof Label label && label.actor().role() == ActorRole.JUDGE
                    && label.subject() instanceof LabelSubject.Pair pair) {
                judged.add(pair.first() + "|" + pair.second());
            }
        }, hidden::add);

        assertThat(hidden).hasSize((int) truth.traffic().sideBySidePairs()).isNotEmpty();
        assertThat(hidden.stream().map(p -> p.first() + "|" + p.second()).toList()).containsAll(judged);
    }

    @Test
    void theOddsOfAVerdictMatchTheDrawnVerdictsFrequencies() {
        AnnotatorModel model = AnnotatorModel.of(CONFIG);
        String noisiest = model.ids().stream().max((x, y) -> Double.compare(model.noise(x), model.noise(y))).orElseThrow();
        SplittableRandom random = new SplittableRandom(3);
        for (HiddenPair pair : List.of(new HiddenPair("x", "y", 0.5, 0.4), new HiddenPair("x", "y", 0.2, 0.9),
                new HiddenPair("x", "y", 0.3, 0.3))) {
            VerdictOdds odds = model.odds(noisiest, pair);
            int n = 200_000;
            int[] counts = new int[3];
            for (int i = 0; i < n; i++) {
                String value = model.label(noisiest, pair, random);
                counts[value.equals("A") ? 0 : value.equals("B") ? 1 : 2]++;
            }
            assertThat(counts[0] / (double) n).isCloseTo(odds.a(), within(0.005));
            assertThat(counts[1] / (double) n).isCloseTo(odds.b(), within(0.005));
            assertThat(counts[2] / (double) n).isCloseTo(odds.tie(), within(0.005));
        }
    }

    @Test
    void aClearPairIsMostlyLabelledRightAndTheTruthIgnoresTheNoise() {
        AnnotatorModel model = AnnotatorModel.of(CONFIG);
        HiddenPair clear = new HiddenPair("x", "y", 3.0, 0.0);
        String annotator = model.ids().get(0);

        assertThat(clear.truth()).isEqualTo("A");
        assertThat(clear.swapped().truth()).isEqualTo("B");
        assertThat(new HiddenPair("x", "y", 0.5, 0.45).truth()).isEqualTo("tie");
        assertThat(model.odds(annotator, clear).a()).isCloseTo(1 - model.noise(annotator), within(0.001));
        assertThatThrownBy(() -> model.noise("nobody")).isInstanceOf(PlumblineException.class);
    }
}
