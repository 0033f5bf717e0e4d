package dev.plumbline.simulate;

import dev.plumbline.model.Message;
import java.util.List;
import java.util.Optional;

/**
 * One session in progress: its id, serving release and mood, the current topic and time, the
 * previous exchange (sent as context), a pending regeneration, and counts for its outcomes. Mutable;
 * confined to the thread generating its user.
 */
final class Session {
    private final String id;
    private final Release release;
    private final boolean frustrated;
    private final long start;
    private Topic topic;
    private long time;
    private List<Message> context = List.of();
    private Optional<String> regenerates = Optional.empty();
    private int regenerations;
    private int turns;
    private int satisfiedTurns;
    private Served last;
    private boolean open = true;

    Session(String id, Release release, boolean frustrated, Topic topic, long start) {
        this.id = id;
        this.release = release;
        this.frustrated = frustrated;
        this.topic = topic;
        this.start = start;
        this.time = start;
    }

    void served(Served answer) {
        last = answer;
        turns++;
        satisfiedTurns += answer.satisfied() ? 1 : 0;
        regenerates = Optional.empty();
    }

    /** The user asks about something else at {@code at}, with the last exchange as context. */
    void nextTopic(Topic next, long at) {
        context = lastExchange();
        topic = next;
        time = at;
        regenerations = 0;
    }

    /** The user asks the same thing again in other words. */
    void rephrased(String prompt, long at) {
        context = lastExchange();
        topic = topic.withPrompt(prompt);
        time = at;
    }

    /** The user asks for another answer to the same request. */
    void regenerated(long at) {
        regenerates = Optional.of(last.id());
        regenerations++;
        time = at;
    }

    void end() {
        open = false;
    }

    private List<Message> lastExchange() {
        return List.of(Message.user(topic.prompt()), Message.assistant(last.completion()));
    }

    String id() {
        return id;
    }

    Release release() {
        return release;
    }

    boolean frustrated() {
        return frustrated;
    }

    long start() {
        return start;
    }

    Topic topic() {
        return topic;
    }

    long time() {
        return time;
    }

    List<Message> context() {
        return context;
    }

    Optional<String> regenerates() {
        return regenerates;
    }

    int regenerations() {
        return regenerations;
    }

    Served last() {
        return last;
    }

    boolean open() {
        return open;
    }

    double satisfiedShare() {
        return (double) satisfiedTurns / turns;
    }
}
