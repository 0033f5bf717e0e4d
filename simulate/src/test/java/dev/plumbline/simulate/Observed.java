package dev.plumbline.simulate;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an outside observer can measure from the generated records alone, without the simulator's
 * own tally: the tests compare these numbers with the planted ground truth.
 */
final class Observed implements Consumer<Record> {
    /** What the tests need of one interaction. */
    record Info(String release, String family, String segment, Double propensity, String prompt, String completion,
            boolean eval) {
    }

    /** A judge's two verdicts on one pair: with {@code a} shown first and with {@code b} shown first. */
    static final class JudgedPair {
        String a;
        String b;
        String aFirst;
        String bFirst;
    }

    final Map<String, Info> interactions = new HashMap<>();
    final List<Feedback> thumbs = new ArrayList<>();
    final List<Feedback> edits = new ArrayList<>();
    final Map<String, JudgedPair> judged = new HashMap<>();
    final Map<String, Integer> annotatorLabelsPerPair = new HashMap<>();
    final Map<String, Label> goldLabels = new HashMap<>();
    final Map<String, long[]> retentionByRelease = new HashMap<>();
    final List<String> guidelines = new ArrayList<>();
    long sawDraftPairLabels;
    long records;

    @Override
    public void accept(Record record) {
        records++;
        if (record instanceof Interaction interaction) {
            interactions.put(interaction.id(), new Info(interaction.model().release(),
                    interaction.model().family().orElseThrow(), interaction.meta().get("segment"),
                    interaction.feedbackPropensity().orElse(null), interaction.lastUserMessage(),
                    interaction.completion(), interaction.meta().containsKey("eval_set")));
        } else if (record instanceof Feedback feedback) {
            feedback(feedback);
        } else {
            label((Label) record);
        }
    }

    private void feedback(Feedback feedback) {
        if (feedback.type() == FeedbackType.THUMBS) {
            thumbs.add(feedback);
        } else if (feedback.type() == FeedbackType.EDIT) {
            edits.add(feedback);
        } else if (feedback.type() == FeedbackType.OUTCOME && feedback.name().orElseThrow().equals("retained_7d")) {
            long[] counts = retentionByRelease.computeIfAbsent(
                    interactions.get(feedback.interactionId()).release(), k -> new long[2]);
            counts[0]++;
            counts[1] += feedback.value().orElseThrow() > 0 ? 1 : 0;
        }
    }

    private void label(Label label) {
        if (label.subject() instanceof LabelSubject.Item item) {
            goldLabels.put(item.id(), label);
            return;
        }
        LabelSubject.Pair pair = (LabelSubject.Pair) label.subject();
        if (label.actor().role() == ActorRole.JUDGE) {
            JudgedPair judgedPair = judged.computeIfAbsent(pair.key(), k -> new JudgedPair());
            judgedPair.a = pair.first();
            judgedPair.b = pair.second();
            String verdict = label.unparsed() ? "unparsed" : label.value();
            if (label.order().get(0).equals(pair.first())) {
                judgedPair.aFirst = verdict;
            } else {
                judgedPair.bFirst = verdict;
            }
        } else {
            annotatorLabelsPerPair.merge(pair.key(), 1, Integer::sum);
            sawDraftPairLabels += label.sawDraft() ? 1 : 0;
            label.guideline().filter(g -> !guidelines.contains(g)).ifPresent(guidelines::add);
        }
    }

    double retention(String release) {
        long[] counts = retentionByRelease.get(release);
        return (double) counts[1] / counts[0];
    }

    /** The two-proportion z statistic of {@code release}'s 7-day retention against {@code previous}'s (negative: it fell). */
    double retentionChangeZ(String release, String previous) {
        long[] now = retentionByRelease.get(release);
        long[] before = retentionByRelease.get(previous);
        double pooled = (double) (now[1] + before[1]) / (now[0] + before[0]);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / now[0] + 1.0 / before[0]));
        return (retention(release) - retention(previous)) / standardError;
    }

    /** Up share of all thumbs, as a naive dashboard shows it. */
    double rawThumbsUpRate() {
        return thumbs.stream().filter(t -> t.value().orElseThrow() > 0).count() / (double) thumbs.size();
    }

    /** Self-normalized inverse-propensity estimate over thumbs on interactions that carry a propensity. */
    double ipwEstimate() {
        double up = 0;
        double weight = 0;
        for (Feedback thumb : thumbs) {
            Double propensity = interactions.get(thumb.interactionId()).propensity();
            if (propensity != null) {
                weight += 1 / propensity;
                up += thumb.value().orElseThrow() > 0 ? 1 / propensity : 0;
            }
        }
        return up / weight;
    }

    /** Pairs judged in both orders with both verdicts decisive (A or B) that flip with the order. */
    List<JudgedPair> inconsistentPairs() {
        return judged.values().stream().filter(p -> decisive(p.aFirst) && decisive(p.bFirst) && !p.aFirst.equals(p.bFirst))
                .toList();
    }

    List<JudgedPair> consistentDecisivePairs() {
        return judged.values().stream().filter(p -> decisive(p.aFirst) && p.aFirst.equals(p.bFirst)).toList();
    }

    /** The judge's win rate (parsed labels, tie ½) of the side from {@code family} on pairs with exactly one such side. */
    double judgeWinRateOfFamily(String family) {
        double wins = 0;
        long labels = 0;
        for (JudgedPair pair : judged.values()) {
            boolean aOwn = interactions.get(pair.a).family().equals(family);
            if (aOwn == interactions.get(pair.b).family().equals(family)) {
                continue;
            }
            for (String verdict : new String[] {pair.aFirst, pair.bFirst}) {
                if (!verdict.equals("unparsed")) {
                    wins += verdict.equals("tie") ? 0.5 : verdict.equals("A") == aOwn ? 1 : 0;
                    labels++;
                }
            }
        }
        return wins / labels;
    }

    /** The judge's win rate for {@code release} on pairs against {@code previous}. */
    double judgeWinRate(String release, String previous) {
        double wins = 0;
        long labels = 0;
        for (JudgedPair pair : judged.values()) {
            String a = interactions.get(pair.a).release();
            String b = interactions.get(pair.b).release();
            boolean aIsRelease = a.equals(release) && b.equals(previous);
            if (!aIsRelease && !(b.equals(release) && a.equals(previous))) {
                continue;
            }
            for (String verdict : new String[] {pair.aFirst, pair.bFirst}) {
                if (!verdict.equals("unparsed")) {
                    wins += verdict.equals("tie") ? 0.5 : verdict.equals("A") == aIsRelease ? 1 : 0;
                    labels++;
                }
            }
        }
        return wins / labels;
    }

    static boolean decisive(String verdict) {
        return "A".equals(verdict) || "B".equals(verdict);
    }
}
