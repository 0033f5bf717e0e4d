package dev.plumbline.simulate;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A side-by-side turn: the user picks one answer (by true utility, with noise) and logs a {@code
 * choice}; overnight the judge labels the pair in both presentation orders; some pairs also go to
 * one or three human annotators, blind or assisted. Counts everything in the tally. Stateless
 * apart from the tally; not thread-safe.
 */
final class SideBySide {
    private static final Map<String, String> TEMPLATE = Map.of("template", "pairwise-v1");

    private final SimulationConfig config;
    private final ReleasePlan plan;
    private final SimulatedJudge judge;
    private final SimulatedAnnotators annotators;
    private final Tally tally;
    private final Consumer<HiddenPair> hidden;
    private final long guidelineSwitch;

    SideBySide(SimulationConfig config, ReleasePlan plan, SimulatedJudge judge, SimulatedAnnotators annotators,
            Tally tally, Consumer<HiddenPair> hidden) {
        this.config = config;
        this.hidden = hidden;
        this.plan = plan;
        this.judge = judge;
        this.annotators = annotators;
        this.tally = tally;
        long period = config.end().getEpochSecond() - config.start().getEpochSecond();
        this.guidelineSwitch = config.start().getEpochSecond()
                + (long) (config.annotators().guidelineSwitchFraction() * period);
    }

    Instant guidelineSwitch() {
        return Instant.ofEpochSecond(guidelineSwitch);
    }

    /** Logs the user's choice and the labels on the pair; returns the chosen answer. */
    Served compare(Served current, Served partner, UserLog log, Actor user, SplittableRandom random) {
        tally.sideBySidePairs++;
        boolean currentChosen = random.nextDouble() < UserTraffic.sigmoid(3 * (current.utility() - partner.utility()));
        Served chosen = currentChosen ? current : partner;
        Served rejected = currentChosen ? partner : current;
        log.add(Feedback.of(log.nextFeedbackId(), chosen.id(), Instant.ofEpochSecond(current.epochSecond()
                + 15 + random.nextInt(45)), FeedbackType.CHOICE, user)
                .withChoice(List.of(chosen.id()), List.of(rejected.id())));
        boolean againstPrevious = plan.previous(current.release()).filter(p -> p.equals(partner.release())).isPresent();
        if (againstPrevious) {
            tally.release(current.release()).userChoice(currentChosen);
        }
        PairCase pair = pairCase(current, partner, random);
        hidden.accept(new HiddenPair(pair.a().id(), pair.b().id(), pair.a().utility(), pair.b().utility()));
        Verdict suggestion = null;
        if (random.nextDouble() < config.judge().judgedShare()) {
            suggestion = judgeLabels(pair, log, againstPrevious, random);
        }
        if (random.nextDouble() < config.annotators().annotatedShare()) {
            annotatorLabels(pair, suggestion, log, random);
        }
        return chosen;
    }

    private static PairCase pairCase(Served current, Served partner, SplittableRandom random) {
        Side a = side(current);
        Side b = side(partner);
        boolean currentFirst = random.nextBoolean();
        return currentFirst ? new PairCase(a, b, true, current.epochSecond())
                : new PairCase(b, a, false, current.epochSecond());
    }

    private static Side side(Served served) {
        return new Side(served.id(), served.release(), served.utility(), served.completion().length());
    }

    /** Both orders' labels; returns the verdict with {@code a} shown first (what an assisted annotator sees). */
    private Verdict judgeLabels(PairCase pair, UserLog log, boolean againstPrevious, SplittableRandom random) {
        SimulatedJudge.Judgement judgement = judge.judge(pair, random);
        tally.judge().pair(pair, judgement);
        long ts = pair.epochSecond() + UserTraffic.DAY + random.nextInt(7_200);
        String round = "week-" + (1 + (pair.epochSecond() - config.start().getEpochSecond()) / (7 * UserTraffic.DAY));
        log.add(judgeLabel(log.nextLabelId(), pair, judgement.aShownFirst(), true, ts, round));
        log.add(judgeLabel(log.nextLabelId(), pair, judgement.bShownFirst(), false, ts + 1 + random.nextInt(60), round));
        if (againstPrevious) {
            for (Verdict verdict : List.of(judgement.aShownFirst(), judgement.bShownFirst())) {
                if (verdict != Verdict.UNPARSED) {
                    tally.release(pair.current().release()).judgeLabel(JudgeTally.score(verdict, pair.aIsCurrent()));
                }
            }
        }
        return judgement.aShownFirst();
    }

    private Label judgeLabel(String id, PairCase pair, Verdict verdict, boolean aFirst, long ts, String round) {
        JudgeSetup setup = config.judge();
        List<String> order = aFirst ? List.of(pair.a().id(), pair.b().id()) : List.of(pair.b().id(), pair.a().id());
        return new Label(id, new LabelSubject.Pair(pair.a().id(), pair.b().id()), verdict.value(),
                Actor.judge(setup.id(), setup.family()), false, Optional.empty(), Instant.ofEpochSecond(ts), order,
                Optional.of(judge.raw(verdict, aFirst)), verdict == Verdict.UNPARSED, Optional.empty(),
                Optional.of(round), TEMPLATE);
    }

    private void annotatorLabels(PairCase pair, Verdict suggestion, UserLog log, SplittableRandom random) {
        AnnotatorSetup setup = config.annotators();
        int k = random.nextDouble() < setup.overlapShare() ? 3 : 1;
        tally.annotatedPairs++;
        tally.overlapPairs += k == 3 ? 1 : 0;
        for (int annotator : annotators.pick(k, random)) {
            boolean assisted = suggestion != null && random.nextDouble() < setup.assistedShare();
            boolean anchored = assisted && suggestion != Verdict.UNPARSED && random.nextDouble() < setup.anchoring();
            Verdict verdict = anchored ? suggestion : annotators.label(annotator, pair, random);
            long ts = pair.epochSecond() + 2 * UserTraffic.DAY + random.nextInt(3 * (int) UserTraffic.DAY);
            boolean aFirst = random.nextBoolean();
            List<String> order = aFirst ? List.of(pair.a().id(), pair.b().id()) : List.of(pair.b().id(), pair.a().id());
            log.add(new Label(log.nextLabelId(), new LabelSubject.Pair(pair.a().id(), pair.b().id()), verdict.value(),
                    Actor.of(ActorRole.ANNOTATOR, annotators.ids().get(annotator)), assisted,
                    Optional.of(ts >= guidelineSwitch ? "v2" : "v1"), Instant.ofEpochSecond(ts), order,
                    Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of()));
            tally.annotatorLabels++;
            tally.assistedLabels += assisted ? 1 : 0;
            tally.anchoredLabels += anchored ? 1 : 0;
        }
    }
}
