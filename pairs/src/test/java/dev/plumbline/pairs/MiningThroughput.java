package dev.plumbline.pairs;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SessionStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A rough, rerunnable throughput probe (not a unit test): generates N records lazily, grouped by
 * session with a seeded realistic mix, and streams them through sessions, signals, pairs and
 * filters. Usage: {@code java -Xmx1g -cp ... dev.plumbline.pairs.MiningThroughput 1000000}.
 */
public final class MiningThroughput {
    private static final ModelRef MODEL = ModelRef.of("acme-assist", "2026-10-01", "llama-3");
    private static final Actor USER = Actor.of(ActorRole.USER, "u");
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private MiningThroughput() {
    }

    public static void main(String[] args) {
        long n = Long.parseLong(args.length > 0 ? args[0] : "1000000");
        long start = System.nanoTime();
        long[] signals = new long[1];
        MiningResult result = Miner.mine(new SessionStream(generate(n, 7), SessionConfig.DEFAULTS,
                T0.plusSeconds(n)), MiningConfig.DEFAULTS, s -> signals[0]++);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("records=%d sessions=%d signals=%d pairs=%d seconds=%.2f records_per_s=%.0f heap_used_mb=%d%n",
                result.dataset().report().lineage().records(), result.dataset().report().lineage().sessions(), signals[0],
                result.dataset().pairs().size(), seconds, n / seconds,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        if (args.length > 1 && args[1].equals("histogram")) {
            histogram(result);
        }
    }

    /** Prints the live-object histogram while the result (and so every retained pair) is still reachable. */
    private static void histogram(MiningResult result) {
        try {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .inheritIO().start().waitFor();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("jcmd failed", e);
        }
        System.out.println("still holding " + result.dataset().pairs().size() + " pairs");
    }

    /** N records, session by session: each session 1-4 questions with a mix of what users do. */
    static Iterator<Record> generate(long total, long seed) {
        Random random = new Random(seed);
        Deque<Record> buffer = new ArrayDeque<>();
        return new Iterator<>() {
            long produced;
            long session;

            @Override
            public boolean hasNext() {
                return produced < total;
            }

            @Override
            public Record next() {
                if (buffer.isEmpty()) {
                    fill(buffer, random, session++);
                }
                produced++;
                return buffer.poll();
            }
        };
    }

    private static void fill(Deque<Record> buffer, Random random, long session) {
        Instant at = T0.plusSeconds(session);
        int questions = 1 + random.nextInt(4);
        Interaction previous = null;
        for (int q = 0; q < questions; q++) {
            String id = "i-" + session + "-" + q;
            String prompt = "How do I configure feature " + random.nextInt(5000) + " in product " + (session % 97) + "?";
            boolean regenerates = previous != null && random.nextDouble() < 0.15;
            Interaction interaction = new Interaction(id, Optional.of("s-" + session), Optional.of("u-" + (session % 100_000)),
                    at.plusSeconds(30L * q), MODEL, regenerates ? previous.messages() : List.of(Message.user(prompt)),
                    "Open settings, choose feature, then save. Answer " + random.nextInt(1000) + ".",
                    regenerates ? Optional.of(previous.id()) : Optional.empty(), Optional.of(0.2), Optional.empty(),
                    Map.of("segment", session % 3 == 0 ? "pro" : "free"));
            buffer.add(interaction);
            feedback(buffer, random, interaction);
            previous = interaction;
        }
    }

    private static void feedback(Deque<Record> buffer, Random random, Interaction interaction) {
        double roll = random.nextDouble();
        Instant at = interaction.ts().plusSeconds(10);
        String id = "f-" + interaction.id();
        if (roll < 0.25) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.COPY, USER));
        } else if (roll < 0.30) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.EDIT, USER)
                    .withText(interaction.completion().replace("Open settings", "Open the admin settings page")));
        } else if (roll < 0.36) {
            buffer.add(Feedback.of(id, interaction.id(), at, FeedbackType.THUMBS, USER).withValue(random.nextBoolean() ? 1 : -1));
        } else if (roll < 0.38) {
            buffer.add(Feedback.of(id, interaction.id(), at.plusSeconds(86_400 * 3), FeedbackType.OUTCOME,
                    Actor.of(ActorRole.SYSTEM, "crm")).withName("task_success").withValue(1));
        }
    }
}
