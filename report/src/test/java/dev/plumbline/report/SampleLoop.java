package dev.plumbline.report;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A small seeded loop over three releases: interactions in two segments with logged feedback
 * propensities, thumbs, copies and regenerations, a retention outcome, and pairwise labels of the
 * new release against the previous one from a judge (two rounds) and from two human annotators.
 */
public final class SampleLoop {
    private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    private static final Actor JUDGE = Actor.judge("judge-gpt", "gpt-4");
    private static final Actor SYSTEM = Actor.of(ActorRole.SYSTEM, "analytics");
    private static final String[] SEGMENTS = {"free", "pro"};

    private final Random random;
    private final int perRelease;
    private final List<Record> records = new ArrayList<>();

    public SampleLoop(long seed, int perRelease) {
        this.random = new Random(seed);
        this.perRelease = perRelease;
    }

    /** The records of three releases. */
    public static List<Record> records(long seed, int perRelease) {
        SampleLoop loop = new SampleLoop(seed, perRelease);
        List<String> previous = List.of();
        for (int release = 1; release <= 3; release++) {
            previous = loop.release(release, previous);
        }
        return List.copyOf(loop.records);
    }

    private List<String> release(int number, List<String> previous) {
        List<String> ids = new ArrayList<>();
        Instant day = START.plus(Duration.ofDays(10L * number));
        for (int i = 0; i < perRelease; i++) {
            String id = "i-" + number + "-" + i;
            ids.add(id);
            interaction(id, number, i, day.plusSeconds(600L * i));
        }
        for (int i = 0; i < previous.size() && i < ids.size(); i++) {
            labels(number, i, ids.get(i), previous.get(i), day.plusSeconds(60L * i));
        }
        return ids;
    }

    private void interaction(String id, int release, int i, Instant ts) {
        String segment = SEGMENTS[i % 2];
        double propensity = segment.equals("free") ? 0.2 : 0.6;
        String user = "u-" + i;
        records.add(new Interaction(id, Optional.of("s-" + id), Optional.of(user), ts,
                ModelRef.of("acme-assist", "v" + release, "llama-3"), List.of(Message.user("How do I do task " + i + "?")),
                "Answer " + i + " for release " + release + ".", Optional.empty(), Optional.of(propensity), Optional.empty(),
                Map.of("segment", segment, "feature", i % 3 == 0 ? "search" : "chat")));
        Actor actor = Actor.of(ActorRole.USER, user);
        if (random.nextDouble() < propensity) {
            records.add(Feedback.of("t-" + id, id, ts.plusSeconds(5), FeedbackType.THUMBS, actor)
                    .withValue(random.nextDouble() < 0.5 + 0.1 * release ? 1 : -1));
        }
        if (random.nextDouble() < 0.5) {
            records.add(Feedback.of("c-" + id, id, ts.plusSeconds(8), FeedbackType.COPY, actor));
        }
        if (random.nextDouble() < 0.3) {
            String again = id + "-r";
            records.add(new Interaction(again, Optional.of("s-" + id), Optional.of(user), ts.plusSeconds(20),
                    ModelRef.of("acme-assist", "v" + release, "llama-3"), List.of(Message.user("How do I do task " + i + "?")),
                    "A longer, better answer " + i + " for release " + release + ".", Optional.of(id), Optional.of(propensity),
                    Optional.empty(), Map.of("segment", segment, "feature", "chat")));
            records.add(Feedback.of("c-" + again, again, ts.plusSeconds(30), FeedbackType.COPY, actor));
        }
        records.add(Feedback.of("o-" + id, id, ts.plus(Duration.ofDays(7)), FeedbackType.OUTCOME, SYSTEM)
                .withName("retained_7d").withValue(random.nextDouble() < 0.8 - 0.05 * release ? 1 : 0));
    }

    private void labels(int release, int i, String current, String previous, Instant ts) {
        boolean currentFirst = random.nextBoolean();
        String first = currentFirst ? current : previous;
        String second = currentFirst ? previous : current;
        String human = random.nextDouble() < 0.6 ? "A" : "B";
        String other = random.nextDouble() < 0.8 ? human : (human.equals("A") ? "B" : "A");
        String judged = random.nextDouble() < 0.75 ? human : "tie";
        String round = "r" + (i % 2 + 1);
        records.add(Label.pairwise("h1-" + current, first, second, human, Actor.of(ActorRole.ANNOTATOR, "ann-1"), ts));
        records.add(Label.pairwise("h2-" + current, first, second, other, Actor.of(ActorRole.ANNOTATOR, "ann-2"), ts.plusSeconds(1)));
        records.add(Label.pairwise("j-" + current, first, second, judged, JUDGE, ts.plusSeconds(2)).withRound(round));
        records.add(Label.pairwise("js-" + current, second, first, swap(judged), JUDGE, ts.plusSeconds(3)).withRound(round));
    }

    private static String swap(String value) {
        return value.equals("A") ? "B" : value.equals("B") ? "A" : value;
    }
}
