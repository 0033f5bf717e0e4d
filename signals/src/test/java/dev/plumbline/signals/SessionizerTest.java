package dev.plumbline.signals;

import static dev.plumbline.signals.Records.MODEL;
import static dev.plumbline.signals.Records.ask;
import static dev.plumbline.signals.Records.minute;
import static dev.plumbline.signals.Records.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SessionizerTest {
    private static Interaction sessionless(String id, String user, double minute) {
        return new Interaction(id, Optional.empty(), Optional.of(user), minute(minute), MODEL,
                List.of(Message.user("q " + id)), "a", Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    private static List<String> interactionIds(Session session) {
        return session.interactions().stream().map(Interaction::id).toList();
    }

    @Test
    void interactionsWithASessionIdAreGroupedByIt() {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(
                ask("i-2", 1, "b", "b"), ask("i-1", 0, "a", "a")));
        assertThat(batch.sessions()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s-1");
            assertThat(interactionIds(s)).containsExactly("i-1", "i-2");
        });
    }

    @Test
    void withoutASessionIdAUsersInteractionsSplitAtTheInactivityGap() {
        List<Record> records = List.of(sessionless("i-1", "u-1", 0), sessionless("i-2", "u-1", 20),
                sessionless("i-3", "u-1", 60), sessionless("i-4", "u-2", 61));
        SessionBatch batch = new Sessionizer(new SessionConfig(Duration.ofMinutes(30))).group(records);
        assertThat(batch.sessions()).extracting(SessionizerTest::interactionIds)
                .containsExactly(List.of("i-1", "i-2"), List.of("i-3"), List.of("i-4"));
        assertThat(batch.sessions()).extracting(Session::id)
                .containsExactly("user:u-1:i-1", "user:u-1:i-3", "user:u-2:i-4");
    }

    @Test
    void theGapIsConfigurable() {
        List<Record> records = List.of(sessionless("i-1", "u-1", 0), sessionless("i-2", "u-1", 20));
        assertThat(new Sessionizer(new SessionConfig(Duration.ofMinutes(10))).group(records).sessions()).hasSize(2);
    }

    @Test
    void anOutcomeDaysLaterJoinsItsInteractionsSessionAndDoesNotOpenANewOne() {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(
                ask("i-1", 0, "a", "a"), outcome("f-9", "i-1", minute(60 * 24 * 5), "retained_7d", 1)));
        assertThat(batch.sessions()).singleElement().satisfies(s -> assertThat(s.feedback()).hasSize(1));
        assertThat(batch.orphans()).isZero();
    }

    @Test
    void feedbackAboutAnUnknownInteractionIsCountedAsAnOrphan() {
        SessionBatch batch = new Sessionizer(SessionConfig.DEFAULTS).group(List.of(
                ask("i-1", 0, "a", "a"), outcome("f-9", "i-404", minute(1), "task_success", 1)));
        assertThat(batch.orphans()).isEqualTo(1);
    }

    @Test
    void aStreamGroupedBySessionYieldsTheSameSessionsOneAtATime() {
        List<Record> grouped = List.of(ask("i-1", 0, "a", "a"), outcome("f-1", "i-1", minute(1), "task_success", 1),
                sessionless("i-2", "u-1", 2), sessionless("i-3", "u-1", 3), sessionless("i-4", "u-1", 90));
        SessionStream stream = new SessionStream(grouped.iterator(), SessionConfig.DEFAULTS, minute(100));
        List<List<String>> sessions = new java.util.ArrayList<>();
        stream.forEachRemaining(s -> sessions.add(interactionIds(s)));
        assertThat(sessions).isEqualTo(new Sessionizer(SessionConfig.DEFAULTS).group(grouped).sessions().stream()
                .map(SessionizerTest::interactionIds).toList());
        assertThat(stream.orphans()).isZero();
    }
}
