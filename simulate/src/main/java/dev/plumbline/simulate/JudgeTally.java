package dev.plumbline.simulate;

/** Counts the judge's realised behaviour on the pairs it labels (see {@link JudgeTruth}). Not thread-safe. */
final class JudgeTally {
    private final String family;
    long pairs;
    long labels;
    long unparsed;
    long inconsistent;
    long firstShownBoth;
    long judgeLengthDecided;
    long judgeLonger;
    long truthLengthDecided;
    long truthLonger;
    long ownPairs;
    double judgeOwnWins;
    long judgeOwnLabels;
    double truthOwnWins;

    JudgeTally(String family) {
        this.family = family;
    }

    void pair(PairCase pair, SimulatedJudge.Judgement judgement) {
        pairs++;
        labels += 2;
        Verdict first = judgement.aShownFirst();
        Verdict second = judgement.bShownFirst();
        unparsed += (first == Verdict.UNPARSED ? 1 : 0) + (second == Verdict.UNPARSED ? 1 : 0);
        boolean decided = decisive(first) && decisive(second);
        if (decided && first != second) {
            inconsistent++;
            firstShownBoth += first == Verdict.A ? 1 : 0;
        }
        if (decided && first == second && pair.a().length() != pair.b().length()) {
            judgeLengthDecided++;
            judgeLonger += (first == Verdict.A) == (pair.a().length() > pair.b().length()) ? 1 : 0;
        }
        Verdict truth = SimulatedAnnotators.truth(pair);
        if (decisive(truth) && pair.a().length() != pair.b().length()) {
            truthLengthDecided++;
            truthLonger += (truth == Verdict.A) == (pair.a().length() > pair.b().length()) ? 1 : 0;
        }
        ownFamily(pair, first, second, truth);
    }

    private void ownFamily(PairCase pair, Verdict first, Verdict second, Verdict truth) {
        boolean aOwn = pair.a().family().equals(family);
        if (aOwn == pair.b().family().equals(family)) {
            return;
        }
        ownPairs++;
        truthOwnWins += score(truth, aOwn);
        for (Verdict verdict : new Verdict[] {first, second}) {
            if (verdict != Verdict.UNPARSED) {
                judgeOwnWins += score(verdict, aOwn);
                judgeOwnLabels++;
            }
        }
    }

    /** 1 when the verdict favours side A (or B when {@code forA} is false), ½ for a tie. */
    static double score(Verdict verdict, boolean forA) {
        if (verdict == Verdict.TIE) {
            return 0.5;
        }
        return (verdict == Verdict.A) == forA ? 1 : 0;
    }

    private static boolean decisive(Verdict verdict) {
        return verdict == Verdict.A || verdict == Verdict.B;
    }

    JudgeTruth truth(JudgeSetup setup) {
        return new JudgeTruth(setup.id(), setup.family(), setup, pairs, labels, unparsed, inconsistent,
                ReleaseTally.share(firstShownBoth, inconsistent), ReleaseTally.share(judgeLonger, judgeLengthDecided),
                ReleaseTally.share(truthLonger, truthLengthDecided), ownPairs,
                ReleaseTally.share(judgeOwnWins, judgeOwnLabels), ReleaseTally.share(truthOwnWins, ownPairs));
    }
}
