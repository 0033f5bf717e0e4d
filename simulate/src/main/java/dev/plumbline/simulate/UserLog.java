package dev.plumbline.simulate;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one user while they are generated: hands out ids and, on {@link #flush}, emits
 * the user's interactions and feedback ordered by time (an interaction before its feedback at equal
 * time, since it was created first), then the labels on the user's pairs. Reused from user to user
 * so that memory holds one user at a time. Not thread-safe.
 */
final class UserLog {
    private static final Comparator<Pending> ORDER =
            Comparator.comparingLong(Pending::epochSecond).thenComparingInt(Pending::sequence);

    private record Pending(long epochSecond, int sequence, Record record) {
    }

    private final List<Pending> traffic = new ArrayList<>();
    private final List<Pending> labels = new ArrayList<>();
    private String tag = "";
    private String userId = "";
    private int sequence;
    private int interactions;
    private int feedback;
    private int labelCount;
    private int sessions;

    void start(int userIndex) {
        tag = String.format("%05d", userIndex);
        userId = "u-" + tag;
        traffic.clear();
        labels.clear();
        sequence = 0;
        interactions = 0;
        feedback = 0;
        labelCount = 0;
        sessions = 0;
    }

    String userId() {
        return userId;
    }

    String nextSessionId() {
        return "s-" + tag + "-" + sessions++;
    }

    int sessionCount() {
        return sessions;
    }

    String nextInteractionId() {
        return "i-" + tag + "-" + interactions++;
    }

    String nextFeedbackId() {
        return "f-" + tag + "-" + feedback++;
    }

    String nextLabelId() {
        return "l-" + tag + "-" + labelCount++;
    }

    void add(Record record) {
        List<Pending> target = record instanceof Label ? labels : traffic;
        target.add(new Pending(record.ts().getEpochSecond(), sequence++, record));
    }

    void flush(Consumer<Record> sink, Tally tally) {
        traffic.sort(ORDER);
        labels.sort(ORDER);
        for (Pending pending : traffic) {
            emit(pending.record(), sink, tally);
        }
        for (Pending pending : labels) {
            emit(pending.record(), sink, tally);
        }
    }

    private static void emit(Record record, Consumer<Record> sink, Tally tally) {
        tally.record(record);
        if (record instanceof Feedback feedback) {
            tally.feedback(feedback.type());
        }
        sink.accept(record);
    }
}
