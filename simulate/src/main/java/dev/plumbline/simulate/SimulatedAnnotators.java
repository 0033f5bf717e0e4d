package dev.plumbline.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The human annotator pool (see {@link AnnotatorSetup}): each annotator sees the truth through
 * logistic noise, flips to another verdict at their own noise rate, and when shown the judge's
 * verdict (assisted mode) may copy it instead. Immutable after construction.
 */
final class SimulatedAnnotators {
    /** Utility differences below this read as a tie to a careful human. */
    static final double TIE_MARGIN = 0.15;
    /** How strongly the logistic perception noise blurs a utility difference. */
    static final double PERCEPTION_SCALE = 0.3;

    private final AnnotatorSetup setup;
    private final List<String> ids;
    private final double[] noise;

    SimulatedAnnotators(AnnotatorSetup setup, long seed) {
        this.setup = setup;
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_A77AL);
        this.noise = new double[setup.count()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < setup.count(); i++) {
            names.add(String.format("ann-%02d", i + 1));
            noise[i] = setup.noiseMin() + random.nextDouble() * (setup.noiseMax() - setup.noiseMin());
        }
        this.ids = List.copyOf(names);
    }

    List<String> ids() {
        return ids;
    }

    double noise(int annotator) {
        return noise[annotator];
    }

    AnnotatorSetup setup() {
        return setup;
    }

    /** The own verdict of annotator {@code annotator} (anchoring on a shown draft is decided by the caller). */
    Verdict label(int annotator, PairCase pair, SplittableRandom random) {
        Verdict seen = perceived(pair, random);
        if (random.nextDouble() < noise[annotator]) {
            Verdict[] others = seen == Verdict.A ? new Verdict[] {Verdict.B, Verdict.TIE}
                    : seen == Verdict.B ? new Verdict[] {Verdict.A, Verdict.TIE} : new Verdict[] {Verdict.A, Verdict.B};
            return others[random.nextInt(2)];
        }
        return seen;
    }

    /** The noise-free human verdict: what users' utility says, with ties inside the margin. */
    static Verdict truth(PairCase pair) {
        double difference = pair.a().utility() - pair.b().utility();
        return Math.abs(difference) < TIE_MARGIN ? Verdict.TIE : difference > 0 ? Verdict.A : Verdict.B;
    }

    private static Verdict perceived(PairCase pair, SplittableRandom random) {
        double difference = pair.a().utility() - pair.b().utility() + PERCEPTION_SCALE * SimulatedJudge.logisticNoise(random);
        return Math.abs(difference) < TIE_MARGIN ? Verdict.TIE : difference > 0 ? Verdict.A : Verdict.B;
    }

    /** Picks {@code k} distinct annotators. */
    int[] pick(int k, SplittableRandom random) {
        int[] chosen = new int[k];
        int filled = 0;
        while (filled < k) {
            int candidate = random.nextInt(noise.length);
            boolean taken = false;
            for (int i = 0; i < filled; i++) {
                taken |= chosen[i] == candidate;
            }
            if (!taken) {
                chosen[filled++] = candidate;
            }
        }
        return chosen;
    }
}
