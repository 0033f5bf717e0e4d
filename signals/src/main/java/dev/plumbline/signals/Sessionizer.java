package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Groups records in any order into sessions, in memory: interactions by {@code session_id}, the
 * others by user split at inactivity gaps, and each on its own when it has neither. Feedback joins the
 * session of its interaction whenever it arrived; a label joins the session of its subject's first
 * interaction. Records whose interaction is unknown are counted as orphans. For inputs too large for
 * memory, read them grouped by session through {@link SessionStream} instead.
 */
public final class Sessionizer {
    private final SessionConfig config;

    public Sessionizer(SessionConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    /** Sessions of the records, watermarked at the latest record time. */
    public SessionBatch group(Iterable<? extends Record> records) {
        Instant watermark = Instant.EPOCH;
        for (Record record : records) {
            watermark = record.ts().isAfter(watermark) ? record.ts() : watermark;
        }
        return group(records, watermark);
    }

    /** Sessions of the records, ordered by session id. */
    public SessionBatch group(Iterable<? extends Record> records, Instant watermark) {
        List<Interaction> interactions = new ArrayList<>();
        List<Feedback> feedback = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (Record record : records) {
            if (record instanceof Interaction) {
                interactions.add((Interaction) record);
            } else if (record instanceof Feedback) {
                feedback.add((Feedback) record);
            } else {
                labels.add((Label) record);
            }
        }
        return assemble(sessionKeys(interactions), interactions, feedback, labels, watermark);
    }

    private Map<String, String> sessionKeys(List<Interaction> interactions) {
        Map<String, String> keys = new HashMap<>();
        Map<String, List<Interaction>> byUser = new TreeMap<>();
        for (Interaction interaction : interactions) {
            if (interaction.sessionId().isPresent()) {
                keys.put(interaction.id(), interaction.sessionId().get());
            } else if (interaction.userId().isPresent()) {
                byUser.computeIfAbsent(interaction.userId().get(), u -> new ArrayList<>()).add(interaction);
            } else {
                keys.put(interaction.id(), "interaction:" + interaction.id());
            }
        }
        byUser.values().forEach(list -> splitAtGaps(list, keys));
        return keys;
    }

    private void splitAtGaps(List<Interaction> userInteractions, Map<String, String> keys) {
        userInteractions.sort(Comparator.comparing(Interaction::ts).thenComparing(Interaction::id));
        String current = null;
        Instant last = null;
        for (Interaction interaction : userInteractions) {
            if (last == null || interaction.ts().isAfter(last.plus(config.inactivityGap()))) {
                current = "user:" + interaction.userId().orElseThrow() + ":" + interaction.id();
            }
            keys.put(interaction.id(), current);
            last = interaction.ts();
        }
    }

    private static SessionBatch assemble(Map<String, String> keys, List<Interaction> interactions,
            List<Feedback> feedback, List<Label> labels, Instant watermark) {
        Map<String, Parts> parts = new TreeMap<>();
        interactions.forEach(i -> parts.computeIfAbsent(keys.get(i.id()), k -> new Parts()).interactions.add(i));
        int orphans = 0;
        for (Feedback f : feedback) {
            orphans += attach(parts, keys.get(f.interactionId()), p -> p.feedback.add(f));
        }
        for (Label label : labels) {
            orphans += attach(parts, firstSubject(label).map(keys::get).orElse(null), p -> p.labels.add(label));
        }
        List<Session> sessions = new ArrayList<>();
        parts.forEach((id, p) -> sessions.add(p.session(id, watermark)));
        return new SessionBatch(sessions, orphans);
    }

    private static int attach(Map<String, Parts> parts, String key, java.util.function.Consumer<Parts> add) {
        if (key == null) {
            return 1;
        }
        add.accept(parts.get(key));
        return 0;
    }

    static Optional<String> firstSubject(Label label) {
        LabelSubject subject = label.subject();
        if (subject instanceof LabelSubject.Pair) {
            return Optional.of(((LabelSubject.Pair) subject).first());
        }
        return Optional.of(((LabelSubject.Item) subject).id());
    }

    /** The records of one session while it is being assembled. */
    private static final class Parts {
        final List<Interaction> interactions = new ArrayList<>();
        final List<Feedback> feedback = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();

        Session session(String id, Instant watermark) {
            Optional<String> user = interactions.stream().map(Interaction::userId).flatMap(Optional::stream).findFirst();
            return new Session(id, user, interactions, feedback, labels, watermark);
        }
    }
}
