package dev.plumbline.signals;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for the records of test sessions: one user, one session, minutes after 10:00. */
final class Records {
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final ModelRef MODEL = ModelRef.of("acme-assist", "2026-10-01", "llama-3");
    static final Actor USER = Actor.of(ActorRole.USER, "u-1");

    private Records() {
    }

    static Instant minute(double minutes) {
        return T0.plus(Duration.ofSeconds(Math.round(minutes * 60)));
    }

    static Interaction ask(String id, double minute, String prompt, String completion) {
        return new Interaction(id, Optional.of("s-1"), Optional.of("u-1"), minute(minute), MODEL,
                List.of(Message.user(prompt)), completion, Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of());
    }

    static Interaction regenerate(String id, double minute, Interaction of, String completion) {
        return new Interaction(id, of.sessionId(), of.userId(), minute(minute), MODEL, of.messages(), completion,
                Optional.of(of.id()), Optional.empty(), Optional.empty(), Map.of());
    }

    static Feedback act(String id, String interactionId, double minute, FeedbackType type) {
        return Feedback.of(id, interactionId, minute(minute), type, USER);
    }

    static Feedback edit(String id, String interactionId, double minute, String text) {
        return act(id, interactionId, minute, FeedbackType.EDIT).withText(text);
    }

    static Feedback outcome(String id, String interactionId, Instant at, String name, double value) {
        return Feedback.of(id, interactionId, at, FeedbackType.OUTCOME, Actor.of(ActorRole.SYSTEM, "crm"))
                .withName(name).withValue(value);
    }

    /** The one session the records form, watermarked at the latest record. */
    static Session session(Record... records) {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(records));
        assertThat(batch.sessions()).as("test records must form one session").hasSize(1);
        return batch.sessions().get(0);
    }

    /** The one session the records form, watermarked at the given minute. */
    static Session sessionUntil(double minute, Record... records) {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(records), minute(minute));
        assertThat(batch.sessions()).as("test records must form one session").hasSize(1);
        return batch.sessions().get(0);
    }
}
