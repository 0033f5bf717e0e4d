package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns records that arrive grouped by session (each session's interactions in time order, each
 * feedback or label after the interaction it is about, however late it was written) into sessions
 * one at a time, so memory holds one session, not the input. A session ends where an interaction
 * starts another: a different {@code session_id}, or for interactions without one a different user
 * or a silence longer than the inactivity gap. Records whose interaction is not in the current
 * session are counted as orphans. Not thread-safe: one consumer iterates it.
 */
public final class SessionStream implements Iterator<Session> {
    private final Iterator<? extends Record> records;
    private final SessionConfig config;
    private final Instant watermark;
    private Record pending;
    private long orphans;

    public SessionStream(Iterator<? extends Record> records, SessionConfig config, Instant watermark) {
        this.records = requireNonNull(records, "records is null");
        this.config = requireNonNull(config, "config is null");
        this.watermark = requireNonNull(watermark, "watermark is null");
    }

    /** Records seen so far that named an interaction outside their session. */
    public long orphans() {
        return orphans;
    }

    @Override
    public boolean hasNext() {
        while (pending == null && records.hasNext()) {
            Record record = records.next();
            if (record instanceof Interaction) {
                pending = record;
            } else {
                orphans++;
            }
        }
        return pending != null;
    }

    @Override
    public Session next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more sessions");
        }
        Interaction first = (Interaction) pending;
        pending = null;
        return collect(first);
    }

    private Session collect(Interaction first) {
        List<Interaction> interactions = new ArrayList<>(List.of(first));
        List<Feedback> feedback = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Set<String> ids = new HashSet<>(Set.of(first.id()));
        while (records.hasNext()) {
            Record record = records.next();
            if (record instanceof Interaction && !sameSession(interactions.get(interactions.size() - 1),
                    (Interaction) record)) {
                pending = record;
                break;
            }
            add(record, ids, interactions, feedback, labels);
        }
        return new Session(key(first), first.userId(), interactions, feedback, labels, watermark);
    }

    private void add(Record record, Set<String> ids, List<Interaction> interactions, List<Feedback> feedback,
            List<Label> labels) {
        if (record instanceof Interaction) {
            interactions.add((Interaction) record);
            ids.add(record.id());
        } else if (record instanceof Feedback && ids.contains(((Feedback) record).interactionId())) {
            feedback.add((Feedback) record);
        } else if (record instanceof Label && Sessionizer.firstSubject((Label) record).map(ids::contains).orElse(false)) {
            labels.add((Label) record);
        } else {
            orphans++;
        }
    }

    private boolean sameSession(Interaction previous, Interaction next) {
        if (previous.sessionId().isPresent() || next.sessionId().isPresent()) {
            return previous.sessionId().equals(next.sessionId());
        }
        Optional<String> user = previous.userId();
        return user.isPresent() && user.equals(next.userId())
                && !next.ts().isAfter(previous.ts().plus(config.inactivityGap()));
    }

    private static String key(Interaction first) {
        if (first.sessionId().isPresent()) {
            return first.sessionId().get();
        }
        return first.userId().map(u -> "user:" + u + ":" + first.id()).orElse("interaction:" + first.id());
    }
}
