package dev.plumbline.simulate;

import java.util.SplittableRandom;

/**
 * The AI judge with its planted biases (see {@link JudgeSetup}). It judges a pair in both
 * presentation orders and returns the two verdicts in subject terms. Stateless.
 */
final class SimulatedJudge {
    private final JudgeSetup setup;

    SimulatedJudge(JudgeSetup setup) {
        this.setup = setup;
    }

    /** The verdicts with {@code a} shown first, then with {@code b} shown first; also whether position decided. */
    Judgement judge(PairCase pair, SplittableRandom random) {
        Verdict firstOrder;
        Verdict secondOrder;
        boolean positional = false;
        if (random.nextDouble() < setup.tieRate()) {
            firstOrder = Verdict.TIE;
            secondOrder = Verdict.TIE;
        } else if (random.nextDouble() < setup.inconsistencyRate()) {
            positional = true;
            boolean firstShownWins = random.nextDouble() < setup.positionFirstShare();
            firstOrder = firstShownWins ? Verdict.A : Verdict.B;
            secondOrder = firstShownWins ? Verdict.B : Verdict.A;
        } else {
            firstOrder = opinion(pair, random) > 0 ? Verdict.A : Verdict.B;
            secondOrder = firstOrder;
        }
        return new Judgement(unparsedOr(firstOrder, random), unparsedOr(secondOrder, random), positional);
    }

    /** The logit of preferring {@code a}: quality, length and own-family terms plus logistic noise. */
    double opinion(PairCase pair, SplittableRandom random) {
        double quality = setup.qualityWeight() * (pair.a().utility() - pair.b().utility());
        double length = setup.lengthBias() * log2((double) pair.a().length() / pair.b().length());
        double self = setup.selfPreference() * (own(pair.a()) - own(pair.b()));
        return quality + length + self + logisticNoise(random);
    }

    String raw(Verdict verdict, boolean subjectOrderShown) {
        if (verdict == Verdict.UNPARSED) {
            return "Both responses have merits and it is hard to choose between them.";
        }
        if (verdict == Verdict.TIE) {
            return "Both assistants are equally helpful. [[C]]";
        }
        boolean firstShownWins = (verdict == Verdict.A) == subjectOrderShown;
        return firstShownWins ? "Assistant A is more helpful and accurate. [[A]]"
                : "Assistant B is more helpful and accurate. [[B]]";
    }

    private Verdict unparsedOr(Verdict verdict, SplittableRandom random) {
        return random.nextDouble() < setup.unparsedRate() ? Verdict.UNPARSED : verdict;
    }

    private int own(Side side) {
        return side.family().equals(setup.family()) ? 1 : 0;
    }

    static double logisticNoise(SplittableRandom random) {
        double u = Math.min(Math.max(random.nextDouble(), 1e-12), 1 - 1e-12);
        return Math.log(u / (1 - u));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Both verdicts of one pair; {@code positional} when position, not content, decided them. */
    record Judgement(Verdict aShownFirst, Verdict bShownFirst, boolean positional) {
    }
}
