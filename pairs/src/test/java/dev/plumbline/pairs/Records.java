package dev.plumbline.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.SessionBatch;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.Sessionizer;
import dev.plumbline.signals.Signal;
import dev.plumbline.signals.SignalConfig;
import dev.plumbline.signals.SignalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders for test sessions: one user, minutes after 10:00, and the signals mined from them. */
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
        return ask(id, "s-1", "u-1", minute, prompt, completion);
    }

    static Interaction ask(String id, String session, String user, double minute, String prompt, String completion) {
        return new Interaction(id, Optional.of(session), Optional.of(user), minute(minute), MODEL,
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

    static Feedback thumbs(String id, String interactionId, double minute, int value) {
        return act(id, interactionId, minute, FeedbackType.THUMBS).withValue(value);
    }

    static Feedback edit(String id, String interactionId, double minute, String text) {
        return act(id, interactionId, minute, FeedbackType.EDIT).withText(text);
    }

    static Feedback choice(String id, double minute, Actor actor, String chosen, String rejected) {
        return Feedback.of(id, chosen, minute(minute), FeedbackType.CHOICE, actor)
                .withChoice(List.of(chosen), List.of(rejected));
    }

    static Label label(String id, String first, String second, String value, Actor actor) {
        return Label.pairwise(id, first, second, value, actor, minute(5));
    }

    static Session session(Record... records) {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(records));
        assertThat(batch.sessions()).as("test records must form one session").hasSize(1);
        return batch.sessions().get(0);
    }

    static List<Signal> signalsOf(Session session) {
        return SignalRules.apply(SignalRules.standard(SignalConfig.DEFAULTS), session);
    }
}
