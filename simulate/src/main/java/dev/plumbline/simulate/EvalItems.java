package dev.plumbline.simulate;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The eval set: prompts from their own question bank (never asked in production except where a leak
 * is planted), reference answers and one gold label each. Exactly the configured number of items is
 * contaminated for the evaluated family, alternately through a judge of that family and through an
 * annotator who saw that family's draft. Built once per run; small (one item per eval prompt).
 */
final class EvalItems {
    private static final String[] QUESTIONS = {
        "In one paragraph, compare %s with %s for a %s.",
        "List three risks of %s that a %s should know about, and how %s differs.",
        "What would you tell a %s who asks whether %s is worth it compared with %s?",
        "Give a step-by-step plan for a %s to adopt %s instead of %s.",
        "Explain to a %s why %s and %s are often confused."};
    private static final String[] CONCEPTS = {"zero-based budgeting", "event sourcing", "net promoter score",
        "carbon accounting", "edge caching", "double-entry bookkeeping", "feature flags", "usage-based pricing",
        "content moderation", "supply chain audits", "A/B testing", "vector search", "two-pizza teams",
        "technical debt", "open-book management", "blue-green deployment"};
    private static final String[] AUDIENCES = {"first-time founder", "school librarian", "hospital administrator",
        "freelance designer", "city council member", "warehouse manager", "nonprofit treasurer"};
    private static final String[] REFERENCE = {
        "%1$s works best when the goals are written down first.",
        "A %3$s should {start} with a small pilot and measure the result.",
        "The {key} risk is adopting %1$s without anyone owning it.",
        "Compared with %2$s, %1$s needs more upfront effort but pays off later.",
        "{also}, budget time for training before the rollout.",
        "Most of the value comes from doing it consistently, not perfectly.",
        "People confuse %1$s with %2$s because both promise better decisions."};
    static final ModelRef REFERENCE_WRITERS = ModelRef.of("reference-writers", "v1", "human");

    /** One eval item: its id, prompt, and how (if at all) it is contaminated. */
    record Item(String id, String prompt, String mechanism) {
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<Integer, Item> leaksByUser = new HashMap<>();
    private final EvalSetup setup;

    EvalItems(SimulationConfig config) {
        this.setup = config.eval();
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0xE7A1_0000_0001L);
        List<String> prompts = new ArrayList<>(distinctPrompts(setup.items(), random));
        boolean[] contaminated = chosen(setup.items(), setup.contaminatedItems(), random);
        int rank = 0;
        for (int i = 0; i < prompts.size(); i++) {
            String mechanism = !contaminated[i] ? "clean" : rank++ % 2 == 0 ? "judge" : "draft";
            items.add(new Item(String.format("eval-%04d", i + 1), prompts.get(i), mechanism));
        }
        plantLeaks(config.users(), random);
    }

    private void plantLeaks(int users, SplittableRandom random) {
        int leaks = Math.min(setup.leakedPrompts(), users);
        boolean[] leakedItems = chosen(items.size(), leaks, random);
        boolean[] leakingUsers = chosen(users, leaks, random);
        int user = 0;
        for (int i = 0; i < items.size(); i++) {
            if (leakedItems[i]) {
                while (!leakingUsers[user]) {
                    user++;
                }
                leaksByUser.put(user++, items.get(i));
            }
        }
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** The eval item whose prompt user {@code userIndex} asks first, if a leak was planted there. */
    Optional<Item> leakFor(int userIndex) {
        return Optional.ofNullable(leaksByUser.get(userIndex));
    }

    /** The eval interactions and gold labels, dated the week before traffic starts. */
    List<Record> records(SimulationConfig config, ModelRef draftModel, AnswerComposer composer, List<String> annotators) {
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0xE7A1_0000_0002L);
        List<Record> records = new ArrayList<>();
        Instant base = config.start().minusSeconds(7 * 86_400L);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Instant ts = base.plusSeconds(60L * i);
            boolean drafted = item.mechanism().equals("draft");
            ModelRef writer = drafted ? draftModel : REFERENCE_WRITERS;
            records.add(new Interaction(item.id(), Optional.of("eval-" + setup.name()), Optional.empty(), ts, writer,
                    List.of(Message.user(item.prompt())), reference(item, drafted, composer, random), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of("eval_set", setup.name(), "feature", "eval")));
            records.add(goldLabel(item, ts.plusSeconds(3_600), annotators.get(i % annotators.size()), drafted));
        }
        return records;
    }

    private Label goldLabel(Item item, Instant ts, String annotator, boolean drafted) {
        Actor actor = item.mechanism().equals("judge")
                ? Actor.judge(setup.evaluatedFamily() + "-grader-2026-09", setup.evaluatedFamily())
                : Actor.of(ActorRole.ANNOTATOR, annotator);
        return new Label("l-" + item.id(), new LabelSubject.Item(item.id()), "accept", actor, drafted,
                Optional.of("v1"), ts, List.of(), Optional.empty(), false, Optional.of("gold"), Optional.empty(),
                Map.of("eval_set", setup.name()));
    }

    private static String reference(Item item, boolean drafted, AnswerComposer composer, SplittableRandom random) {
        Topic blank = new Topic(Feature.EXPLAIN, new int[Slot.values().length], item.prompt());
        Voice voice = drafted ? Voice.BASE : Voice.HUMAN;
        StringBuilder out = new StringBuilder();
        int count = 3 + random.nextInt(3);
        boolean[] used = chosen(REFERENCE.length, count, random);
        for (int s = 0; s < REFERENCE.length; s++) {
            if (used[s]) {
                String template = String.format(REFERENCE[s], conceptsOf(item.prompt()));
                out.append(out.length() == 0 ? "" : " ")
                        .append(AnswerComposer.capitalized(composer.render(template, blank, voice, 0, random)));
            }
        }
        return out.toString();
    }

    /** The first concept, second concept and audience named in an eval prompt, in that order. */
    private static Object[] conceptsOf(String prompt) {
        String first = null;
        String second = null;
        int firstAt = Integer.MAX_VALUE;
        for (String concept : CONCEPTS) {
            int at = prompt.indexOf(concept);
            if (at >= 0 && at < firstAt) {
                second = first;
                first = concept;
                firstAt = at;
            } else if (at >= 0) {
                second = concept;
            }
        }
        String audience = AUDIENCES[0];
        for (String candidate : AUDIENCES) {
            audience = prompt.contains(candidate) ? candidate : audience;
        }
        return new Object[] {first, second, audience};
    }

    private static Set<String> distinctPrompts(int count, SplittableRandom random) {
        Set<String> prompts = new LinkedHashSet<>();
        while (prompts.size() < count) {
            int template = random.nextInt(QUESTIONS.length);
            String first = CONCEPTS[random.nextInt(CONCEPTS.length)];
            String second = CONCEPTS[random.nextInt(CONCEPTS.length)];
            String audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
            if (!first.equals(second)) {
                prompts.add(template == 0 ? String.format(QUESTIONS[0], first, second, audience)
                        : template == 1 ? String.format(QUESTIONS[1], first, audience, second)
                        : String.format(QUESTIONS[template], audience, first, second));
            }
        }
        return prompts;
    }

    /** Exactly {@code k} of {@code n} positions, chosen uniformly. */
    static boolean[] chosen(int n, int k, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] picked = new boolean[n];
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            picked[order[i]] = true;
        }
        return picked;
    }
}
