package dev.plumbline.judging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes {@link PositionBias} from one judge's labels: per pair, its first label in each presentation order. */
final class PositionAnalysis {
    private PositionAnalysis() {
    }

    static PositionBias of(List<PairLabel> labels, Map<String, String> reference) {
        Map<String, PairLabel> listed = new LinkedHashMap<>();
        Map<String, PairLabel> reversed = new LinkedHashMap<>();
        for (PairLabel label : labels) {
            (label.presentation() == PairLabel.Presentation.LISTED ? listed : reversed).putIfAbsent(label.subject(), label);
        }
        Counts counts = new Counts();
        listed.forEach((subject, first) -> {
            PairLabel second = reversed.get(subject);
            if (second != null) {
                counts.pair(first, second);
                counts.correctInBoth += correct(first, reference) && correct(second, reference) ? 1 : 0;
            }
        });
        OrderAccuracy listedAccuracy = accuracy(listed, reference);
        OrderAccuracy reversedAccuracy = accuracy(reversed, reference);
        return new PositionBias(counts.both, counts.consistent, counts.bothUnparsed, ratio(counts.consistent, counts.both),
                ratio(counts.consistent + counts.bothUnparsed, counts.both), counts.firstShown, counts.secondShown,
                counts.both - counts.consistent - counts.bothUnparsed - counts.firstShown - counts.secondShown,
                listedAccuracy, reversedAccuracy, average(listedAccuracy, reversedAccuracy), counts.correctInBoth);
    }

    private static OrderAccuracy accuracy(Map<String, PairLabel> labels, Map<String, String> reference) {
        int n = 0;
        int correct = 0;
        for (PairLabel label : labels.values()) {
            if (reference.containsKey(label.subject())) {
                n++;
                correct += correct(label, reference) ? 1 : 0;
            }
        }
        return OrderAccuracy.of(correct, n);
    }

    /** With equal counts this is (c1 + c2) / 2 / n, the order of operations LLMBar's scripts use. */
    private static double average(OrderAccuracy first, OrderAccuracy second) {
        if (first.n() == second.n()) {
            return first.n() == 0 ? Double.NaN : (first.correct() + second.correct()) / 2.0 / first.n();
        }
        return (first.accuracy() + second.accuracy()) / 2;
    }

    private static boolean correct(PairLabel label, Map<String, String> reference) {
        return label.value().isPresent() && label.value().get().equals(reference.get(label.subject()));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** Tallies over pairs judged in both orders. */
    private static final class Counts {
        int both;
        int consistent;
        int bothUnparsed;
        int firstShown;
        int secondShown;
        int correctInBoth;

        void pair(PairLabel first, PairLabel second) {
            both++;
            if (first.value().isEmpty() && second.value().isEmpty()) {
                bothUnparsed++;
            } else if (first.value().equals(second.value())) {
                consistent++;
            } else if (pickedShownFirst(first) && pickedShownFirst(second)) {
                firstShown++;
            } else if (pickedShownSecond(first) && pickedShownSecond(second)) {
                secondShown++;
            }
        }

        private static boolean pickedShownFirst(PairLabel label) {
            return label.winner().equals(Optional.of(label.shownFirst()));
        }

        private static boolean pickedShownSecond(PairLabel label) {
            return label.winner().isPresent() && !pickedShownFirst(label);
        }
    }
}
