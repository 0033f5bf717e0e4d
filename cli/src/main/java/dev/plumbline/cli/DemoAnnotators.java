package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.simulate.AnnotatorModel;
import dev.plumbline.simulate.HiddenPair;
import dev.plumbline.wire.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulator's annotators at work on real queues, over the same HTTP API as the web UI: each is
 * logged in with their own account, takes an item (a lease on one of its slots), sees only the
 * prompt, the two answers in the server's order and, in an assisted queue, the judge's suggestion;
 * then submits a choice, or now and then abandons the lease so the item goes back. They work in
 * rounds, every annotator holding a lease at once, so the server's slot rules are exercised; the
 * rounds run in one thread so a seed gives the same labels. Verdicts come from {@link AnnotatorModel}
 * applied to the hidden utilities of the texts they were shown. Not thread-safe.
 */
final class DemoAnnotators {
    /** Share of leases an annotator abandons (released, not labelled): the item returns to the queue. */
    static final double ABANDON = 0.02;

    /** One queue's work: labels submitted, leases abandoned (released), items skipped as unrecognisable. */
    record Work(int labels, int abandoned, int skipped) {
    }

    private enum Outcome { LABELLED, ABANDONED, SKIPPED }

    private final AnnotatorModel model;
    private final Map<String, WebSession> sessions;
    private final Map<String, SplittableRandom> randoms = new HashMap<>();
    private final Map<String, HiddenPair> byView = new HashMap<>();

    DemoAnnotators(AnnotatorModel model, Map<String, WebSession> sessions, long seed) {
        this.model = model;
        this.sessions = sessions;
        sessions.keySet().forEach(a -> randoms.put(a, new SplittableRandom(seed * 31 + a.hashCode())));
    }

    /** Lets annotators recognise a queued pair by its prompt and texts, whichever side is shown left. */
    void know(PairCandidate pair, HiddenPair hidden) {
        byView.put(viewKey(pair.prompt(), pair.firstText(), pair.secondText()), hidden);
        byView.putIfAbsent(viewKey(pair.prompt(), pair.secondText(), pair.firstText()), hidden.swapped());
    }

    /** Every annotator takes and labels until the queue has nothing left for them. */
    Work work(String queue) {
        Set<String> active = new LinkedHashSet<>(sessions.keySet());
        Map<Outcome, Integer> outcomes = new HashMap<>();
        while (!active.isEmpty()) {
            List<Map.Entry<String, JsonNode>> held = new ArrayList<>();
            for (String annotator : List.copyOf(active)) {
                Optional<JsonNode> lease = sessions.get(annotator).post("/api/annotate/queues/" + queue + "/take",
                        Json.mapper().createObjectNode());
                lease.ifPresentOrElse(view -> held.add(Map.entry(annotator, view)), () -> active.remove(annotator));
            }
            held.forEach(lease -> outcomes.merge(answer(lease.getKey(), lease.getValue()), 1, Integer::sum));
        }
        return new Work(outcomes.getOrDefault(Outcome.LABELLED, 0), outcomes.getOrDefault(Outcome.ABANDONED, 0),
                outcomes.getOrDefault(Outcome.SKIPPED, 0));
    }

    private Outcome answer(String annotator, JsonNode view) {
        SplittableRandom random = randoms.get(annotator);
        String lease = "/api/annotate/leases/" + view.get("lease").asText();
        HiddenPair shown = byView.get(viewKey(view.path("prompt").asText(), view.path("left").asText(), view.path("right").asText()));
        if (shown == null) {
            // not a pair the simulation knows: skipping it means it is never offered to this annotator again
            sessions.get(annotator).post(lease + "/skip", Json.mapper().createObjectNode());
            return Outcome.SKIPPED;
        }
        if (random.nextDouble() < ABANDON) {
            sessions.get(annotator).post(lease + "/release", Json.mapper().createObjectNode());
            return Outcome.ABANDONED;
        }
        String choice = view.hasNonNull("suggestion") && model.copiesDraft(random) ? view.get("suggestion").asText()
                : side(model.label(annotator, shown, random));
        sessions.get(annotator).post(lease + "/submit", Json.mapper().createObjectNode().put("choice", choice));
        return Outcome.LABELLED;
    }

    /** A verdict on the pair as shown ({@code A} is the left answer) as the key the annotator presses. */
    private static String side(String verdict) {
        return switch (verdict) {
            case "A" -> "left";
            case "B" -> "right";
            default -> "tie";
        };
    }

    private static String viewKey(String prompt, String left, String right) {
        return prompt + "\u0000" + left + "\u0000" + right;
    }
}
