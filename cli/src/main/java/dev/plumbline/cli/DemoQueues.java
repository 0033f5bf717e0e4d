package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.AuditSample;
import dev.plumbline.annotation.BelowConfidence;
import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.Feeder;
import dev.plumbline.annotation.FeedingPolicy;
import dev.plumbline.annotation.JudgeImplicitDisagreement;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import dev.plumbline.simulate.HiddenPair;
import dev.plumbline.wire.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the demo sends to annotators: every side-by-side pair becomes a candidate (the judge's
 * verdict, the user's choice, a confidence from the judge's consistency across orders), the real
 * feeding policies pick from them, and the picks are split into a blind queue (k annotators) and an
 * assisted one (the judge's verdict shown), with known-answer gold pairs for the blind queue.
 * Pure: the same records give the same plan.
 */
final class DemoQueues {
    static final String BLIND = "demo-blind";
    static final String ASSISTED = "demo-assisted";
    /** Pairs the judge answered the same way in both orders are the surest; inconsistent or tied ones the least. */
    static final double CONSISTENT = 0.9;
    static final double ONE_ORDER = 0.7;
    static final double UNSURE = 0.4;
    /** A gold pair's true utilities differ by at least this much: an answer any careful person gets right. */
    static final double GOLD_MARGIN = 1.0;

    /** The queued pairs: blind ones by policy order, assisted ones, gold ones with their answers. */
    record Plan(List<FedPair> blind, List<FedPair> assisted, Map<FedPair, String> gold, Map<String, Long> candidatesByPolicy) {
    }

    private DemoQueues() {
    }

    static List<FeedingPolicy> policies(long seed) {
        return List.of(new BelowConfidence(0.5), new JudgeImplicitDisagreement(), new AuditSample(0.1, seed));
    }

    /**
     * Feeds the candidates through the policies; the blind queue takes up to {@code perPolicy} of each
     * policy's picks, the assisted queue the next ones (taken later, as many as needed), and {@code
     * goldItems} clear pairs nobody picked become gold.
     */
    static Plan plan(List<PairCandidate> candidates, Map<String, HiddenPair> hidden, long seed, int perPolicy, int goldItems) {
        List<FedPair> fed = Feeder.feed(candidates, policies(seed));
        Map<String, List<FedPair>> byPolicy = new LinkedHashMap<>();
        fed.forEach(f -> byPolicy.computeIfAbsent(f.policy(), p -> new ArrayList<>()).add(f));
        byPolicy.values().forEach(list -> list.sort(Comparator.comparing(FedPair::itemId)));
        // alternate picks go to the two queues, so both see the same mix of policies and difficulty
        List<FedPair> blind = new ArrayList<>();
        List<List<FedPair>> assistedPools = new ArrayList<>();
        byPolicy.values().forEach(list -> {
            List<FedPair> pool = new ArrayList<>();
            int taken = 0;
            for (int i = 0; i < list.size(); i++) {
                boolean toBlind = i % 2 == 0 && taken < perPolicy;
                (toBlind ? blind : pool).add(list.get(i));
                taken += toBlind ? 1 : 0;
            }
            assistedPools.add(pool);
        });
        List<FedPair> assisted = new ArrayList<>();
        for (int i = 0; assisted.size() < assistedPools.stream().mapToInt(List::size).sum(); i++) {
            for (List<FedPair> pool : assistedPools) {
                if (i < pool.size()) {
                    assisted.add(pool.get(i));
                }
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        byPolicy.forEach((policy, list) -> counts.put(policy, (long) list.size()));
        return new Plan(blind, assisted, gold(candidates, fed, hidden, goldItems), counts);
    }

    private static Map<FedPair, String> gold(List<PairCandidate> candidates, List<FedPair> fed, Map<String, HiddenPair> hidden,
            int goldItems) {
        Set<String> queued = new LinkedHashSet<>();
        fed.forEach(f -> queued.add(f.itemId()));
        Map<FedPair, String> gold = new LinkedHashMap<>();
        candidates.stream().filter(c -> !queued.contains(c.itemId())).sorted(Comparator.comparing(PairCandidate::itemId))
                .filter(c -> Math.abs(utilityGap(hidden.get(key(c.first(), c.second())))) >= GOLD_MARGIN)
                .limit(goldItems)
                .forEach(c -> gold.put(new FedPair(c.itemId(), "gold", c), hidden.get(key(c.first(), c.second())).truth()));
        return gold;
    }

    private static double utilityGap(HiddenPair pair) {
        return pair.firstUtility() - pair.secondUtility();
    }

    /**
     * One candidate per side-by-side pair with known hidden utilities: the judge's resolved verdict
     * (its only verdict, or {@code tie} when its two orders disagree), the user's choice as the
     * implicit verdict, and the confidence of the judge's evidence.
     */
    static List<PairCandidate> candidates(List<Record> records, Map<String, HiddenPair> hidden, String judge) {
        Map<String, Interaction> interactions = new HashMap<>();
        Map<String, List<String>> judged = new HashMap<>();
        Map<String, String> implicit = new HashMap<>();
        for (Record record : records) {
            if (record instanceof Interaction interaction) {
                interactions.put(interaction.id(), interaction);
            } else if (record instanceof Label label && label.subject() instanceof LabelSubject.Pair pair
                    && judge.equals(label.actor().id().orElse(""))) {
                judged.computeIfAbsent(key(pair.first(), pair.second()), k -> new ArrayList<>())
                        .add(label.unparsed() ? "" : label.value());
            } else if (record instanceof Feedback f && f.type() == FeedbackType.CHOICE && f.chosen().size() == 1
                    && f.rejected().size() == 1) {
                String chosen = f.chosen().get(0);
                String rejected = f.rejected().get(0);
                implicit.put(key(chosen, rejected), "A");
                implicit.put(key(rejected, chosen), "B");
            }
        }
        List<PairCandidate> candidates = new ArrayList<>();
        for (HiddenPair pair : hidden.values()) {
            Interaction first = interactions.get(pair.first());
            Interaction second = interactions.get(pair.second());
            if (first != null && second != null) {
                candidates.add(candidate(first, second, judged.getOrDefault(key(pair.first(), pair.second()), List.of()),
                        Optional.ofNullable(implicit.get(key(pair.first(), pair.second())))));
            }
        }
        candidates.sort(Comparator.comparing(PairCandidate::itemId));
        return candidates;
    }

    private static PairCandidate candidate(Interaction first, Interaction second, List<String> verdicts, Optional<String> implicit) {
        List<String> parsed = verdicts.stream().filter(v -> !v.isEmpty()).toList();
        Optional<String> judge = parsed.isEmpty() ? Optional.empty()
                : Optional.of(parsed.stream().distinct().count() == 1 ? parsed.get(0) : "tie");
        double confidence = judge.isEmpty() || judge.get().equals("tie") ? UNSURE : parsed.size() >= 2 ? CONSISTENT : ONE_ORDER;
        return new PairCandidate(first.id(), second.id(), first.lastUserMessage(), first.completion(), second.completion(),
                "side-by-side", confidence, judge, implicit, Optional.empty());
    }

    static String key(String first, String second) {
        return first + "|" + second;
    }

    /** The body of {@code POST /api/admin/queues/{queue}/items} for pairs of one policy (gold answers when given). */
    static ObjectNode itemsBody(String policy, List<FedPair> pairs, Map<FedPair, String> gold) {
        ObjectNode body = Json.mapper().createObjectNode().put("policy", policy);
        ArrayNode array = body.putArray("pairs");
        for (FedPair fed : pairs) {
            PairCandidate c = fed.pair();
            ObjectNode node = array.addObject().put("first", c.first()).put("second", c.second()).put("prompt", c.prompt())
                    .put("first_text", c.firstText()).put("second_text", c.secondText()).put("source", c.source())
                    .put("confidence", c.confidence());
            c.judgeVerdict().ifPresent(v -> node.put("judge", v));
            c.implicitVerdict().ifPresent(v -> node.put("implicit", v));
            Optional.ofNullable(gold.get(fed)).ifPresent(answer -> node.put("gold", answer));
        }
        return body;
    }
}
