package dev.plumbline.cli;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated traffic for the mining benchmark, produced lazily and already grouped by session (as
 * the store's session-ordered scan hands it over): 1-4 questions per session, some rephrased, some
 * regenerated, with copies, edits, thumbs and late outcomes. Deterministic for a seed; never held whole.
 */
final class MineTraffic implements Iterator<Record> {
    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final ModelRef MODEL = ModelRef.of("acme-assist", "2026-10-01", "llama-3");
    private static final String[] TOPICS = {"configure feature", "reset the password of", "export a report from",
        "share a dashboard in", "connect a database to", "change the billing plan of"};

    private final long total;
    private final SplittableRandom random;
    private final Deque<Record> buffer = new ArrayDeque<>();
    private long produced;
    private long session;

    MineTraffic(long total, long seed) {
        this.total = total;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public boolean hasNext() {
        return produced < total;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        if (buffer.isEmpty()) {
            fill(session++);
        }
        produced++;
        return buffer.poll();
    }

    private void fill(long s) {
        Instant at = T0.plusSeconds(s);
        String user = "u-" + (s % 100_000);
        int questions = 1 + random.nextInt(4);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        Interaction previous = null;
        for (int q = 0; q < questions; q++) {
            String prompt = previous != null && random.nextDouble() < 0.2
                    ? "how to " + topic + " " + (s % 97) + " please"
                    : "How do I " + topic + " item " + random.nextInt(5000) + " in product " + (s % 97) + "?";
            boolean regenerates = previous != null && random.nextDouble() < 0.15;
            Interaction interaction = new Interaction("i-" + s + "-" + q, Optional.of("s-" + s), Optional.of(user),
                    at.plusSeconds(30L * q), MODEL, regenerates ? previous.messages() : List.of(Message.user(prompt)),
                    "Open settings, choose the item, then save. Answer " + random.nextInt(1000) + ".",
                    regenerates ? Optional.of(previous.id()) : Optional.empty(), Optional.of(0.2), Optional.empty(),
                    Map.of("segment", s % 3 == 0 ? "pro" : "free"));
            buffer.add(interaction);
            feedback(interaction, Actor.of(ActorRole.USER, user));
            previous = interaction;
        }
    }

    private void feedback(Interaction interaction, Actor user) {
        double roll = random.nextDouble();
        Instant at = interaction.ts().plusSeconds(10);
        String id = "f-" + interaction.id();
        if (roll < 0.25) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.COPY, user));
        } else if (roll < 0.30) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.EDIT, user)
                    .withText(interaction.completion().replace("Open settings", "Open the admin settings page")));
        } else if (roll < 0.36) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.THUMBS, user)
                    .withValue(random.nextBoolean() ? 1 : -1));
        } else if (roll < 0.38) {
            buffer.add(Feedback.of(id, interaction.id(), at.plusSeconds(86_400 * 3), FeedbackType.OUTCOME,
                    Actor.of(ActorRole.SYSTEM, "crm")).withName("task_success").withValue(1));
        }
    }
}
