package dev.plumbline.cli;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded product traffic for the demo and the ingest benchmark: sessions of a writing assistant on
 * two model releases, with copies, edits, regenerations, thumbs and outcomes. Deterministic for a seed.
 */
final class SampleTraffic {
    private static final String[] TASKS = {"Draft a refund email", "Summarise this meeting", "Fix the SQL query",
        "Write a product description", "Translate the release notes", "Explain the error message"};
    private static final ModelRef[] MODELS = {ModelRef.of("acme-assist", "2026-09-01", "llama-3"),
        ModelRef.of("acme-assist", "2026-10-01", "llama-3")};

    private final SplittableRandom random;
    private final Instant start = Instant.parse("2026-10-01T08:00:00Z");

    SampleTraffic(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The records of {@code sessions} sessions, interactions before their feedback. */
    List<Record> sessions(int sessions) {
        List<Record> records = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            session(s, records);
        }
        return records;
    }

    private void session(int s, List<Record> out) {
        String user = "u-" + random.nextInt(Math.max(1, 1 + s / 3));
        ModelRef model = MODELS[random.nextInt(MODELS.length)];
        Instant ts = start.plus(Duration.ofMinutes(7L * s + random.nextInt(5)));
        String task = TASKS[random.nextInt(TASKS.length)];
        String id = "i-" + s;
        out.add(interaction(id, "s-" + s, user, ts, model, task, Optional.empty()));
        int action = random.nextInt(10);
        Actor actor = Actor.of(ActorRole.USER, user);
        if (action < 2) {
            String retry = id + "-r";
            out.add(Feedback.of("f-" + s + "-regen", id, ts.plusSeconds(20), FeedbackType.REGENERATE, actor));
            out.add(interaction(retry, "s-" + s, user, ts.plusSeconds(21), model, task, Optional.of(id)));
            out.add(Feedback.of("f-" + s + "-copy", retry, ts.plusSeconds(60), FeedbackType.COPY, actor));
        } else if (action < 4) {
            out.add(Feedback.of("f-" + s + "-edit", id, ts.plusSeconds(90), FeedbackType.EDIT, actor)
                    .withText("Dear Ms Lee,\n\n" + answer(task) + "\n\nKind regards"));
        } else if (action < 7) {
            out.add(Feedback.of("f-" + s + "-copy", id, ts.plusSeconds(30), FeedbackType.COPY, actor));
        } else {
            out.add(Feedback.of("f-" + s + "-abandon", id, ts.plusSeconds(600), FeedbackType.ABANDON, actor));
        }
        if (random.nextInt(5) == 0) {
            out.add(Feedback.of("f-" + s + "-thumbs", id, ts.plusSeconds(40), FeedbackType.THUMBS, actor)
                    .withValue(random.nextBoolean() ? 1 : -1));
        }
        out.add(Feedback.of("f-" + s + "-outcome", id, ts.plus(Duration.ofDays(7)), FeedbackType.OUTCOME,
                new Actor(ActorRole.SYSTEM, Optional.empty(), Optional.empty()))
                .withName("retained_7d").withValue(random.nextInt(4) == 0 ? 0 : 1));
    }

    private Interaction interaction(String id, String session, String user, Instant ts, ModelRef model, String task,
            Optional<String> regenerates) {
        return new Interaction(id, Optional.of(session), Optional.of(user), ts, model, List.of(Message.user(task)),
                answer(task), regenerates, Optional.of(0.2), Optional.empty(),
                Map.of("feature", task.split(" ")[0].toLowerCase(), "segment", random.nextInt(4) == 0 ? "pro" : "free"));
    }

    private String answer(String task) {
        return "Here is a draft for \"" + task + "\". " + "It covers the main points".repeat(1 + random.nextInt(3));
    }
}
