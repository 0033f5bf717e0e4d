package dev.plumbline.simulate;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import dev.plumbline.model.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates one user's weeks of traffic: sessions of turns; each turn an answer (sometimes two side
 * by side) that satisfies the user or not, followed by what they did (copy, accept, edit,
 * regenerate, rephrase, abandon), explicit thumbs (prompted with a logged propensity, or
 * self-selected), and the session's outcomes, some arriving days later. Each user has their own
 * random stream derived from the seed, so output does not depend on how users are scheduled.
 * Reused from user to user; not thread-safe.
 */
final class UserTraffic {
    static final long DAY = 86_400L;

    private final SimulationConfig config;
    private final ReleasePlan plan;
    private final AnswerComposer composer;
    private final EvalItems eval;
    private final Tally tally;
    private final SideBySide sideBySide;
    private final UserLog log = new UserLog();
    private final Map<String, String> leaked = new HashMap<>();
    private SplittableRandom random;
    private UserProfile user;
    private Optional<EvalItems.Item> leak = Optional.empty();
    private Actor userActor;

    UserTraffic(SimulationConfig config, ReleasePlan plan, AnswerComposer composer, EvalItems eval,
            SideBySide sideBySide, Tally tally) {
        this.config = config;
        this.plan = plan;
        this.composer = composer;
        this.eval = eval;
        this.sideBySide = sideBySide;
        this.tally = tally;
    }

    void simulate(int index, Consumer<Record> sink) {
        random = new SplittableRandom(mix(config.seed(), index));
        user = UserProfile.draw(index, config.traffic(), random);
        log.start(index);
        leak = eval.leakFor(index);
        userActor = Actor.of(ActorRole.USER, log.userId());
        tally.users++;
        tally.promptedUsers += user.promptedArm() ? 1 : 0;
        long weekStart = config.start().getEpochSecond();
        for (int week = 0; week < config.weeks(); week++) {
            long[] starts = sessionStarts(weekStart + week * 7 * DAY);
            for (int i = 0; i < starts.length; i++) {
                session(starts[i], i == 0);
            }
        }
        log.flush(sink, tally);
    }

    /** Production interaction ids whose prompt is an eval prompt, mapped to the eval item id. */
    Map<String, String> leaked() {
        return Map.copyOf(leaked);
    }

    private long[] sessionStarts(long weekStart) {
        long[] starts = new long[poisson(user.sessionsPerWeek())];
        for (int i = 0; i < starts.length; i++) {
            long hour = 7 + random.nextInt(15);
            starts[i] = weekStart + random.nextInt(7) * DAY + hour * 3_600 + random.nextInt(3_600);
        }
        Arrays.sort(starts);
        return starts;
    }

    /** One session; the week's first session also reports whether the user came back within 7 days. */
    private void session(long start, boolean firstOfWeek) {
        String id = log.nextSessionId();
        tally.sessions++;
        Release release = plan.serving(line(), Instant.ofEpochSecond(start));
        boolean frustrated = random.nextDouble() < 0.2;
        Session session = new Session(id, release, frustrated, firstTopic(), start);
        for (int step = 0; step < 8 && session.open(); step++) {
            turn(session);
        }
        outcomes(session, firstOfWeek);
    }

    private void turn(Session session) {
        List<Served> served = serve(session);
        session.served(served.get(0));
        Feature feature = session.topic().feature();
        served.forEach(answer -> explicitFeedback(answer, feature, session.frustrated()));
        if (session.last().satisfied()) {
            satisfied(session);
        } else {
            dissatisfied(session);
        }
    }

    /** A satisfied user may copy or lightly edit, then leaves or moves on to something else. */
    private void satisfied(Session session) {
        Served last = session.last();
        keep(last, session.topic().feature());
        if (random.nextDouble() >= 0.35) {
            session.end();
            return;
        }
        Topic next = composer.topic(Feature.draw(random.nextDouble()), random);
        session.nextTopic(next, last.epochSecond() + 60 + random.nextInt(340));
    }

    /** A dissatisfied user regenerates, rewrites the answer, rephrases the request or gives up. */
    private void dissatisfied(Session session) {
        Served last = session.last();
        double reaction = random.nextDouble();
        if (reaction < 0.3 && session.regenerations() < 3) {
            Feedback regenerate = logged(feedback(last, FeedbackType.REGENERATE, 10 + random.nextInt(30)));
            session.regenerated(regenerate.ts().getEpochSecond() + 1);
        } else if (reaction < 0.5) {
            edit(last, session.topic());
            session.end();
        } else if (reaction < 0.75) {
            String rephrased = composer.rephrase(session.topic().prompt(), random);
            Feedback followUp = logged(feedback(last, FeedbackType.FOLLOW_UP, 20 + random.nextInt(100))
                    .withText(rephrased));
            session.rephrased(rephrased, followUp.ts().getEpochSecond() + 1);
        } else {
            logged(feedback(last, FeedbackType.ABANDON, 300 + random.nextInt(600)));
            session.end();
        }
    }

    private Topic firstTopic() {
        if (leak.isPresent() && log.sessionCount() == 1) {
            return composer.topic(Feature.EXPLAIN, random).withPrompt(leak.get().prompt());
        }
        return composer.topic(Feature.draw(random.nextDouble()), random);
    }

    private ReleaseLine line() {
        double draw = random.nextDouble();
        TrafficSetup traffic = config.traffic();
        return draw < traffic.controlShare() ? ReleaseLine.CONTROL
                : draw < traffic.controlShare() + traffic.teacherShare() ? ReleaseLine.TEACHER : ReleaseLine.MAIN;
    }

    /** The answer(s) of one turn; the first is the one the user goes on with. */
    private List<Served> serve(Session session) {
        Release release = session.release();
        boolean sideBySideTurn = release.line() != ReleaseLine.TEACHER && session.regenerates().isEmpty()
                && random.nextDouble() < config.traffic().sideBySideRate();
        if (!sideBySideTurn) {
            return List.of(answer(session, release, Map.of()));
        }
        Release partnerRelease = random.nextDouble() < config.traffic().teacherComparisonShare()
                ? plan.teacher() : plan.previous(release).orElse(plan.teacher());
        Map<String, String> surface = Map.of("surface", "side_by_side");
        Served current = answer(session, release, surface);
        Served partner = answer(session, partnerRelease, surface);
        Served chosen = sideBySide.compare(current, partner, log, userActor, random);
        return chosen == current ? List.of(current, partner) : List.of(partner, current);
    }

    private Served answer(Session session, Release release, Map<String, String> surface) {
        Topic topic = session.topic();
        long t = session.time();
        ReleaseSpec spec = release.spec();
        Voice own = release.line() == ReleaseLine.CONTROL ? Voice.LITE : Voice.BASE;
        String completion = composer.answer(topic, own, spec.teacherWeight(), spec.lengthFactor(), spec.listBoost(),
                random);
        double utility = spec.quality() + 0.5 * random.nextGaussian();
        boolean satisfied = random.nextDouble() < sigmoid(satisfactionLogit(topic.feature(), utility));
        String id = log.nextInteractionId();
        log.add(interaction(id, session, release, completion, surface));
        tally.interaction(release, user.segment(), satisfied, completion.length());
        if (leak.isPresent() && leak.get().prompt().equals(topic.prompt())) {
            leaked.put(id, leak.get().id());
        }
        return new Served(id, t, completion, release, utility, satisfied);
    }

    private Interaction interaction(String id, Session session, Release release, String completion,
            Map<String, String> surface) {
        Topic topic = session.topic();
        List<Message> context = session.context();
        List<Message> messages = new ArrayList<>(context);
        messages.add(Message.user(topic.prompt()));
        Map<String, String> meta = surface.isEmpty()
                ? Map.of("feature", topic.feature().wireName(), "segment", user.segment().wireName())
                : Map.of("feature", topic.feature().wireName(), "segment", user.segment().wireName(),
                        "surface", surface.get("surface"));
        int promptChars = topic.prompt().length() + context.stream().mapToInt(m -> m.content().length()).sum();
        return new Interaction(id, Optional.of(session.id()), Optional.of(log.userId()),
                Instant.ofEpochSecond(session.time()), release.model(), messages, completion, session.regenerates(),
                user.promptedArm() ? Optional.of(user.promptPropensity(topic.feature())) : Optional.empty(),
                Optional.of(new Usage(promptChars / 4 + 1, completion.length() / 4 + 1)), meta);
    }

    private double satisfactionLogit(Feature feature, double utility) {
        return config.traffic().baseSatisfaction() + utility + user.segment().satisfactionEffect()
                + feature.satisfactionEffect() + user.satisfactionOffset();
    }

    /** A thumbs when prompted (logged propensity, then answered or not) or, outside the arm, when the user feels like it. */
    private void explicitFeedback(Served answer, Feature feature, boolean frustrated) {
        double propensity = user.promptedArm() ? user.promptPropensity(feature) : 0;
        boolean clicks = user.promptedArm()
                ? random.nextDouble() < propensity && random.nextDouble() < config.traffic().promptAnswerRate()
                : random.nextDouble() < user.vocalness() * user.segment().vocalFactor()
                        * (answer.satisfied() ? 0.2 : 1.0) * (frustrated ? 2.0 : 1.0);
        if (clicks) {
            log.add(feedback(answer, FeedbackType.THUMBS, 10 + random.nextInt(30)).withValue(answer.satisfied() ? 1 : -1));
            tally.thumbs(user.segment(), answer.satisfied(), propensity);
        }
    }

    private void keep(Served answer, Feature feature) {
        if (random.nextDouble() < 0.55) {
            logged(feedback(answer, feature == Feature.CODE ? FeedbackType.ACCEPT : FeedbackType.COPY,
                    20 + random.nextInt(70)));
        }
        if (random.nextDouble() < 0.12) {
            log.add(feedback(answer, FeedbackType.EDIT, 60 + random.nextInt(180))
                    .withText(composer.trivialEdit(answer.completion(), random)));
            tally.trivialEdits++;
        }
    }

    private void edit(Served answer, Topic topic) {
        if (topic.feature() == Feature.SUPPORT && random.nextDouble() < 0.5) {
            Actor agent = Actor.of(ActorRole.ANNOTATOR, "agent-" + (1 + random.nextInt(6)));
            log.add(Feedback.of(log.nextFeedbackId(), answer.id(), at(answer, 120 + random.nextInt(480)),
                    FeedbackType.CORRECTION, agent).withText(composer.humanAnswer(topic, random)));
            return;
        }
        log.add(feedback(answer, FeedbackType.EDIT, 60 + random.nextInt(240))
                .withText(composer.substantiveEdit(answer.completion(), topic, random)));
        tally.substantiveEdits++;
    }

    private void outcomes(Session session, boolean firstOfWeek) {
        Release release = session.release();
        Served last = session.last();
        Actor system = Actor.of(ActorRole.SYSTEM, "outcome-job");
        boolean success = random.nextDouble() < (last.satisfied() ? 0.85 : 0.25);
        log.add(outcome(last, "task_success", success, at(last, 600 + random.nextInt(3_000)), system));
        tally.release(release).session(success);
        if (firstOfWeek) {
            // retention is a user-week fact: asked once a week, answered seven days later
            double retention = 0.75 + release.spec().retentionShift() + 0.15 * (session.satisfiedShare() - 0.5);
            boolean retained = random.nextDouble() < retention;
            log.add(outcome(last, "retained_7d", retained, Instant.ofEpochSecond(session.start() + 7 * DAY), system));
            tally.release(release).retention(retained);
        }
        if (session.topic().feature() == Feature.SUPPORT) {
            boolean escalated = random.nextDouble() < (last.satisfied() ? 0.03 : 0.3);
            log.add(outcome(last, "escalation", escalated, at(last, (int) DAY + random.nextInt(2 * (int) DAY)), system));
        }
    }

    private Feedback outcome(Served answer, String name, boolean value, Instant ts, Actor system) {
        return Feedback.of(log.nextFeedbackId(), answer.id(), ts, FeedbackType.OUTCOME, system)
                .withName(name).withValue(value ? 1 : 0);
    }

    /** A user feedback on {@code answer}, not yet logged. */
    private Feedback feedback(Served answer, FeedbackType type, int delaySeconds) {
        return Feedback.of(log.nextFeedbackId(), answer.id(), at(answer, delaySeconds), type, userActor);
    }

    private Feedback logged(Feedback feedback) {
        log.add(feedback);
        return feedback;
    }

    private static Instant at(Served answer, int delaySeconds) {
        return Instant.ofEpochSecond(answer.epochSecond() + delaySeconds);
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** A well-mixed per-user seed (SplitMix64 finaliser), so neighbouring users get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
