package dev.plumbline.cli;

import dev.plumbline.judging.JudgeRun;
import dev.plumbline.judging.JudgeRunConfig;
import dev.plumbline.judging.JudgeRunResult;
import dev.plumbline.judging.JudgeTemplates;
import dev.plumbline.judging.PairItem;
import dev.plumbline.llm.ChatModel;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Record;
import dev.plumbline.simulate.HiddenPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's judge when the user names a real model ({@code --base-url … --model …}): it judges a
 * seeded sample of the simulated side-by-side pairs in both orders with the default pairwise
 * template, through the same client and judge run as {@code plumbline judge}. The simulated judge is
 * then left out of the simulation, so the audits see this model's labels only.
 */
final class DemoModelJudge {
    /** The round recorded on the model's labels. */
    static final String ROUND = "demo";

    private final ChatModel model;
    private final int maxPairs;

    DemoModelJudge(ChatModel model, int maxPairs) {
        this.model = model;
        this.maxPairs = maxPairs;
    }

    /** The actor id the model's labels carry. */
    String id() {
        return model.model().release();
    }

    String describe() {
        return model.toString();
    }

    JudgeRunResult judge(List<Record> records, Map<String, HiddenPair> hidden, long seed) {
        Map<String, Interaction> interactions = new HashMap<>();
        records.forEach(r -> {
            if (r instanceof Interaction interaction) {
                interactions.put(interaction.id(), interaction);
            }
        });
        List<PairItem> items = new ArrayList<>();
        hidden.values().stream()
                .filter(p -> interactions.containsKey(p.first()) && interactions.containsKey(p.second()))
                .sorted(Comparator.comparingLong(p -> mix(seed, p.first() + "|" + p.second())))
                .limit(maxPairs)
                .forEach(p -> items.add(PairItem.of(interactions.get(p.first()), interactions.get(p.second()))));
        JudgeRunConfig config = JudgeRunConfig.of(JudgeTemplates.defaults().require(JudgeTemplates.DEFAULT_PAIRWISE))
                .withRound(ROUND);
        return JudgeRun.pairwise(model, items, config, Clock.systemUTC());
    }

    /** A seeded, platform-independent shuffle key. */
    private static long mix(long seed, String key) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return h ^ (h >>> 29);
    }
}
