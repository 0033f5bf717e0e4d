package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.llm.ChatModel;
import dev.plumbline.llm.ChatOptions;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a regression suite on a baseline and a candidate model: each prompt {@code repetitions}
 * times on each, every check on every response, then an exact McNemar test per check and per
 * check type on the paired outcomes (prompt, repetition). Entry point of {@code plumbline probe regression}.
 */
public final class RegressionProbe {
    static final int DEFAULT_PARALLELISM = 4;
    private static final int EXAMPLES_PER_CHECK = 3;

    private RegressionProbe() {
    }

    /** Runs a suite without judge checks. */
    public static RegressionReport run(Suite suite, ChatModel baseline, ChatModel candidate) {
        if (suite.needsJudge()) {
            throw PlumblineException.invalidInput("suite " + suite.name() + " has judge checks; give a judge model");
        }
        return run(suite, baseline, candidate, new NoJudge(), DEFAULT_PARALLELISM);
    }

    /** Runs a suite, judge checks asking {@code judge}, with up to {@code parallelism} samples at once. */
    public static RegressionReport run(Suite suite, ChatModel baseline, ChatModel candidate, ChatModel judge, int parallelism) {
        requireNonNull(suite, "suite is null");
        requireNonNull(baseline, "baseline is null");
        requireNonNull(candidate, "candidate is null");
        requireNonNull(judge, "judge is null");
        List<Slot> slots = new ArrayList<>();
        for (Suite.Prompt prompt : suite.prompts()) {
            for (int rep = 0; rep < suite.repetitions(); rep++) {
                slots.add(new Slot(prompt, rep));
            }
        }
        List<Sample> samples = Parallel.map(slots, parallelism, slot -> slot.run(baseline, candidate, judge));
        return report(suite, baseline.model(), candidate.model(), samples);
    }

    private static RegressionReport report(Suite suite, ModelRef baseline, ModelRef candidate, List<Sample> samples) {
        List<CheckComparison> checks = new ArrayList<>();
        Map<String, Tally> byType = new LinkedHashMap<>();
        List<RegressionReport.Example> examples = new ArrayList<>();
        for (Suite.Prompt prompt : suite.prompts()) {
            List<Sample> mine = samples.stream().filter(s -> s.prompt() == prompt).toList();
            for (int i = 0; i < prompt.checks().size(); i++) {
                Check check = prompt.checks().get(i);
                Tally tally = new Tally();
                for (Sample sample : mine) {
                    tally.add(sample.baselineOutcomes().get(i), sample.candidateOutcomes().get(i));
                    byType.computeIfAbsent(check.type(), t -> new Tally()).add(sample.baselineOutcomes().get(i), sample.candidateOutcomes().get(i));
                }
                CheckComparison comparison = tally.compare(prompt.id(), check.name(), check.type(), suite.alpha());
                checks.add(comparison);
                if (comparison.change() == CheckComparison.Change.REGRESSION) {
                    examples.addAll(examples(mine, i, prompt.id(), check.name()));
                }
            }
        }
        List<CheckComparison> pooled = new ArrayList<>();
        byType.forEach((type, tally) -> pooled.add(tally.compare("*", type, type, suite.alpha())));
        return new RegressionReport(suite.name(), baseline, candidate, suite.repetitions(), suite.alpha(), checks, pooled, examples);
    }

    private static List<RegressionReport.Example> examples(List<Sample> samples, int check, String prompt, String name) {
        return samples.stream()
                .filter(s -> s.baselineOutcomes().get(check) == Outcome.PASS && s.candidateOutcomes().get(check) == Outcome.FAIL)
                .limit(EXAMPLES_PER_CHECK)
                .map(s -> new RegressionReport.Example(prompt, name, s.repetition(), s.baselineResponse(), s.candidateResponse()))
                .toList();
    }

    /** One repetition of one prompt, to be sampled from both models. */
    private record Slot(Suite.Prompt prompt, int repetition) {
        Sample run(ChatModel baseline, ChatModel candidate, ChatModel judge) {
            String first = baseline.complete(prompt.messages()).text();
            String second = candidate.complete(prompt.messages()).text();
            return new Sample(prompt, repetition, first, second, evaluate(first, judge), evaluate(second, judge));
        }

        private List<Outcome> evaluate(String response, ChatModel judge) {
            List<Outcome> outcomes = new ArrayList<>();
            prompt.checks().forEach(check -> outcomes.add(check.evaluate(prompt.text(), response, judge)));
            return outcomes;
        }
    }

    /** Both responses of one slot and every check's outcome on each. */
    private record Sample(Suite.Prompt prompt, int repetition, String baselineResponse, String candidateResponse,
            List<Outcome> baselineOutcomes, List<Outcome> candidateOutcomes) {
    }

    /** Paired outcome counts of one check or one pooled type. */
    private static final class Tally {
        private int pairs;
        private int baselinePasses;
        private int baselineRead;
        private int candidatePasses;
        private int candidateRead;
        private int baselineOnly;
        private int candidateOnly;
        private int unparsed;

        void add(Outcome base, Outcome cand) {
            baselineRead += base == Outcome.UNPARSED ? 0 : 1;
            candidateRead += cand == Outcome.UNPARSED ? 0 : 1;
            baselinePasses += base == Outcome.PASS ? 1 : 0;
            candidatePasses += cand == Outcome.PASS ? 1 : 0;
            if (base == Outcome.UNPARSED || cand == Outcome.UNPARSED) {
                unparsed++;
                return;
            }
            pairs++;
            baselineOnly += base == Outcome.PASS && cand == Outcome.FAIL ? 1 : 0;
            candidateOnly += base == Outcome.FAIL && cand == Outcome.PASS ? 1 : 0;
        }

        CheckComparison compare(String prompt, String check, String type, double alpha) {
            double p = Exact.mcNemar(baselineOnly, candidateOnly);
            CheckComparison.Change change = p >= alpha || baselineOnly == candidateOnly ? CheckComparison.Change.NO_SIGNIFICANT_CHANGE
                    : baselineOnly > candidateOnly ? CheckComparison.Change.REGRESSION : CheckComparison.Change.IMPROVEMENT;
            return new CheckComparison(prompt, check, type, pairs, new Proportion(baselinePasses, baselineRead),
                    new Proportion(candidatePasses, candidateRead), baselineOnly, candidateOnly, unparsed, p, change);
        }
    }

    /** Stands in for a judge when the suite has no judge checks; never called. */
    private static final class NoJudge implements ChatModel {
        @Override
        public ModelRef model() {
            return ModelRef.of("no-judge", null, null);
        }

        @Override
        public dev.plumbline.llm.Completion complete(List<Message> messages, ChatOptions options) {
            throw PlumblineException.invalidInput("this suite run has no judge model");
        }
    }
}
