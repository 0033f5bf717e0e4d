package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Provenance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses the votes of AI judges that fail their calibration against humans (agreement more than a
 * margin below the human–human ceiling, or consistency across orders below a threshold) and, by
 * the {@link UnauditedJudges} policy, of judges no human overlap lets anyone audit. A pair a refused
 * judge voted on is re-tallied from the other votes: kept (with the refused votes removed from its
 * sources and its confidence recomputed) when they alone choose the same side with at least the
 * minimum confidence, dropped otherwise. Pure; immutable.
 *
 * <p>Before: pair [i-1, i-2] with chosen i-2 from votes B by annotators a-1 and a-2 and A, A by judge
 * j-1 (both orders); pair [i-3, i-4] voted on by j-1 alone; j-1 refused. After: the first pair kept,
 * chosen i-2, confidence 1.0, origin human; the second removed.
 */
public final class RefuseUncalibratedJudges implements PairFilter {
    private final Map<String, JudgeStanding> standings = new TreeMap<>();
    private final UnauditedJudges unaudited;
    private final Map<String, Label> votes = new HashMap<>();
    private final double minConfidence;

    /** {@code labels} are the pairwise labels pairs may have been voted from, to re-tally them. */
    public RefuseUncalibratedJudges(List<JudgeStanding> standings, UnauditedJudges unaudited, Collection<Label> labels,
            double minConfidence) {
        requireNonNull(standings, "standings is null").forEach(s -> this.standings.put(s.judge(), s));
        this.unaudited = requireNonNull(unaudited, "unaudited is null");
        requireNonNull(labels, "labels is null").stream().filter(l -> l.subject() instanceof LabelSubject.Pair)
                .forEach(l -> votes.put(l.id(), l));
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return "refuse-uncalibrated-judges";
    }

    @Override
    public String policy() {
        if (standings.isEmpty()) {
            return "no AI judge labels to audit";
        }
        List<String> parts = new ArrayList<>();
        standings.values().forEach(s -> parts.add(s.judge() + " " + verdict(s) + " (" + reasons(s) + ")"));
        return String.join("; ", parts) + "; unaudited judges are " + (unaudited == UnauditedJudges.REFUSE ? "refused"
                : "allowed with a warning") + "; a pair a refused judge voted on is re-tallied without it";
    }

    /** Whether {@code judge}'s votes are refused; a judge the audit never saw counts as unaudited. */
    public boolean refuses(String judge) {
        Optional<JudgeStanding> standing = Optional.ofNullable(standings.get(judge));
        if (standing.isEmpty() || (!standing.get().audited() && standing.get().failures().isEmpty())) {
            return unaudited == UnauditedJudges.REFUSE;
        }
        return !standing.get().cleared();
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        List<Pair> kept = new ArrayList<>();
        Map<String, Integer> removedByJudge = new TreeMap<>();
        for (Pair pair : pairs) {
            Set<String> refusedVotes = refusedVotes(pair);
            Optional<Pair> outcome = refusedVotes.isEmpty() ? Optional.of(pair) : retally(pair, refusedVotes);
            outcome.ifPresent(kept::add);
            if (outcome.isEmpty()) {
                refusedJudges(pair).forEach(judge -> removedByJudge.merge(judge, 1, Integer::sum));
            }
        }
        String counts = removedByJudge.isEmpty() ? "" : "; pairs removed by judge " + removedByJudge;
        return new FilterResult(name(), policy() + counts, kept, pairs.size() - kept.size());
    }

    /**
     * The dataset with this filter applied after the builder's own filters: the report gains this
     * filter's line, and its length statistics, counts and gates (re-checked) describe the pairs kept.
     */
    public Dataset applyTo(Dataset dataset, List<Gate> gates) {
        FilterResult result = apply(dataset.pairs());
        DatasetReport before = dataset.report();
        List<FilterResult.FilterCount> filters = new ArrayList<>(before.filters());
        filters.add(result.count());
        List<Pair> pairs = result.kept();
        PairTally tally = PairTally.of(pairs);
        List<GateResult> gateResults = new ArrayList<>();
        gates.forEach(gate -> gateResults.addAll(gate.check(tally)));
        DatasetReport report = new DatasetReport(before.candidates(), before.candidatesByRule(), before.skipsByReason(),
                before.skipExamples(), filters, before.lengthBefore(), LengthStats.of(pairs), before.balancing(), gateResults,
                tally.byRule(), tally.byAuthor(), tally.byOrigin(), before.lineage());
        return new Dataset(pairs, report);
    }

    private String verdict(JudgeStanding standing) {
        if (!refuses(standing.judge())) {
            return standing.cleared() ? "cleared" : "NOT AUDITED, allowed";
        }
        return "REFUSED";
    }

    private static String reasons(JudgeStanding standing) {
        return standing.failures().isEmpty() ? standing.measured()
                : String.join("; ", standing.failures()) + "; " + standing.measured();
    }

    private Set<String> refusedVotes(Pair pair) {
        return pair.labelSources().stream().filter(this::refused).map(LabelSource::recordId)
                .collect(Collectors.toSet());
    }

    private Set<String> refusedJudges(Pair pair) {
        return pair.labelSources().stream().filter(this::refused).map(s -> s.actorId().orElse("?"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean refused(LabelSource source) {
        return source.role() == ActorRole.JUDGE && refuses(source.actorId().orElse(""));
    }

    private Optional<Pair> retally(Pair pair, Set<String> refusedVotes) {
        List<LabelSource> remaining = pair.labelSources().stream().filter(s -> !refusedVotes.contains(s.recordId())).toList();
        if (remaining.isEmpty() || !remaining.stream().allMatch(s -> votes.containsKey(s.recordId()))) {
            return Optional.empty();
        }
        List<Label> labels = remaining.stream().map(s -> votes.get(s.recordId())).toList();
        long a = labels.stream().filter(l -> l.value().equals("A")).count();
        long b = labels.stream().filter(l -> l.value().equals("B")).count();
        long ties = labels.size() - a - b;
        boolean tie = a == b || ties >= Math.max(a, b);
        LabelSubject.Pair subject = (LabelSubject.Pair) labels.get(0).subject();
        String winner = b > a ? subject.second() : subject.first();
        boolean aiOnly = remaining.stream().allMatch(s -> s.origin() == LabelOrigin.AI);
        double confidence = (double) Math.max(a, Math.max(b, ties)) / labels.size()
                * (aiOnly ? PreferLabelledWinner.AI_ONLY_DISCOUNT : 1);
        if (tie != pair.tie() || (!tie && !winner.equals(pair.chosen().recordId())) || confidence < minConfidence) {
            return Optional.empty();
        }
        Provenance p = pair.provenance();
        Provenance provenance = new Provenance(p.sources().stream().filter(s -> !refusedVotes.contains(s)).toList(),
                p.rule(), p.ruleVersion(), p.configHash(), p.codeVersion());
        return Optional.of(new Pair(pair.id(), pair.prompt(), pair.chosen(), pair.rejected(), tie, confidence,
                pair.sessionId(), pair.userId(), remaining, provenance));
    }
}
