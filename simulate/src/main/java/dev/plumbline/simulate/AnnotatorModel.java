package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The simulator's human annotators, usable outside it: the same pool as a run of {@code config}
 * (same ids, same planted noise rates), each seeing a pair's true utilities through logistic noise
 * and flipping to another verdict at their noise rate, and, when shown a draft verdict, copying it
 * with the planted anchoring probability. {@link #odds} gives the exact distribution of an own
 * verdict, so agreement expected from the planted noise can be computed. Immutable; thread-safe
 * when each thread draws from its own random.
 */
public final class AnnotatorModel {
    private final SimulatedAnnotators pool;
    private final Map<String, Integer> index = new HashMap<>();

    private AnnotatorModel(SimulatedAnnotators pool) {
        this.pool = pool;
        for (int i = 0; i < pool.ids().size(); i++) {
            index.put(pool.ids().get(i), i);
        }
    }

    /** The annotators a simulation of {@code config} plants (their noise is drawn from its seed). */
    public static AnnotatorModel of(SimulationConfig config) {
        requireNonNull(config, "config is null");
        return new AnnotatorModel(new SimulatedAnnotators(config.annotators(), config.seed()));
    }

    public List<String> ids() {
        return pool.ids();
    }

    /** The planted probability that {@code annotator} flips their perceived verdict. */
    public double noise(String annotator) {
        return pool.noise(indexOf(annotator));
    }

    /** The planted probability that an annotator shown a draft verdict copies it. */
    public double anchoring() {
        return pool.setup().anchoring();
    }

    /** The annotator's own verdict ({@code A}, {@code B} or {@code tie}), drawn as the simulator draws it. */
    public String label(String annotator, HiddenPair pair, SplittableRandom random) {
        return pool.label(indexOf(annotator), pairCase(pair), random).value();
    }

    /** Whether an annotator shown a draft copies it this time. */
    public boolean copiesDraft(SplittableRandom random) {
        return random.nextDouble() < anchoring();
    }

    /** The exact distribution of {@link #label}: perception through the logistic noise, then the flip. */
    public VerdictOdds odds(String annotator, HiddenPair pair) {
        double difference = pair.firstUtility() - pair.secondUtility();
        double scale = SimulatedAnnotators.PERCEPTION_SCALE;
        double perceivedA = sigmoid((difference - SimulatedAnnotators.TIE_MARGIN) / scale);
        double perceivedB = sigmoid((-SimulatedAnnotators.TIE_MARGIN - difference) / scale);
        double perceivedTie = Math.max(0, 1 - perceivedA - perceivedB);
        double flip = noise(annotator);
        // a flip moves the perceived verdict to one of the two others, each half the time
        double a = (1 - flip) * perceivedA + flip * (perceivedB + perceivedTie) / 2;
        double b = (1 - flip) * perceivedB + flip * (perceivedA + perceivedTie) / 2;
        return new VerdictOdds(a, b, Math.max(0, 1 - a - b));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private int indexOf(String annotator) {
        Integer i = index.get(annotator);
        if (i == null) {
            throw PlumblineException.notFound("no simulated annotator '" + annotator + "'; the pool is " + pool.ids());
        }
        return i;
    }

    private static PairCase pairCase(HiddenPair pair) {
        return new PairCase(new Side(pair.first(), null, pair.firstUtility(), 1),
                new Side(pair.second(), null, pair.secondUtility(), 1), true, 0);
    }
}
