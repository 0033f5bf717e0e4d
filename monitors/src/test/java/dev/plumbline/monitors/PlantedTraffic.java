package dev.plumbline.monitors;

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
 * Seeded product traffic over a series of releases with planted rates: per release, the chance of
 * a thumbs-up, of the user being retained after seven days, and of the judge preferring the
 * release's answer over the previous release's.
 */
final class PlantedTraffic {
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Actor USER = Actor.of(ActorRole.USER, "u");
    private static final Actor SYSTEM = Actor.of(ActorRole.SYSTEM, "analytics");
    private static final Actor JUDGE = Actor.judge("gpt-4o-2024-08-06", "gpt-4");

    private final Random random;
    private final int perRelease;
    private final List<Record> records = new ArrayList<>();
    private List<String> previousIds = List.of();

    PlantedTraffic(long seed, int perRelease) {
        this.random = new Random(seed);
        this.perRelease = perRelease;
    }

    /** Adds one release's interactions, thumbs, retention outcomes and judge labels against the previous one. */
    PlantedTraffic release(int number, double thumbsUp, double retained, double judgeWins) {
        List<String> ids = new ArrayList<>();
        Instant day = START.plus(Duration.ofDays(30L * number));
        for (int i = 0; i < perRelease; i++) {
            String id = "i-" + number + "-" + i;
            ids.add(id);
            Instant ts = day.plusSeconds(i);
            records.add(new Interaction(id, Optional.empty(), Optional.of("u-" + i), ts,
                    ModelRef.of("acme-assist", "v" + number, "llama-3"), List.of(Message.user("q" + i)), "a" + i,
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
            records.add(Feedback.of("t-" + id, id, ts.plusSeconds(5), FeedbackType.THUMBS, USER)
                    .withValue(random.nextDouble() < thumbsUp ? 1 : -1));
            records.add(Feedback.of("o-" + id, id, ts.plus(Duration.ofDays(7)), FeedbackType.OUTCOME, SYSTEM)
                    .withName("retained_7d").withValue(random.nextDouble() < retained ? 1 : 0));
        }
        for (int i = 0; i < previousIds.size() && i < ids.size(); i++) {
            boolean releaseShownFirst = random.nextBoolean();
            boolean releaseWins = random.nextDouble() < judgeWins;
            String first = releaseShownFirst ? ids.get(i) : previousIds.get(i);
            String second = releaseShownFirst ? previousIds.get(i) : ids.get(i);
            String value = releaseWins == releaseShownFirst ? "A" : "B";
            records.add(Label.pairwise("l-" + number + "-" + i, first, second, value, JUDGE, day.plusSeconds(i)));
        }
        previousIds = ids;
        return this;
    }

    List<Record> records() {
        return List.copyOf(records);
    }
}
