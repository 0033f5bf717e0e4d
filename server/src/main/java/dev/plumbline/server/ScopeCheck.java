package dev.plumbline.server;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Record;
import dev.plumbline.store.RecordStore;
import dev.plumbline.wire.RecordBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether every record of a batch posted with a feedback token lies in the token's scope:
 * user feedback only, about the token's interaction, or about interactions stored in the token's
 * session. The first record outside the scope refuses the whole batch (403). Not thread-safe: one
 * per request.
 */
final class ScopeCheck {
    private final RecordStore records;
    private final FeedbackToken token;
    private final Map<String, Optional<String>> sessions = new HashMap<>();

    ScopeCheck(RecordStore records, FeedbackToken token) {
        this.records = records;
        this.token = token;
    }

    /** @throws Access.Denied 403 naming the first record outside the scope */
    void require(RecordBatch batch) {
        for (RecordBatch.IndexedRecord indexed : batch.records()) {
            refusal(indexed.record()).ifPresent(reason -> {
                throw new Access.Denied(403, "record " + indexed.index() + " (" + indexed.record().id() + ") " + reason);
            });
        }
    }

    private Optional<String> refusal(Record record) {
        if (!(record instanceof Feedback feedback)) {
            return Optional.of("is a " + record.kind().wireName() + ": a feedback token posts feedback records only");
        }
        if (feedback.actor().role() != ActorRole.USER) {
            return Optional.of("has actor role '" + feedback.actor().role().wireName()
                    + "': a feedback token posts the user's own feedback only");
        }
        for (String interaction : interactions(feedback)) {
            if (!inScope(interaction)) {
                return Optional.of("is about interaction '" + interaction + "', outside this token's scope ("
                        + token.scope() + ")");
            }
        }
        return Optional.empty();
    }

    private static List<String> interactions(Feedback feedback) {
        List<String> ids = new ArrayList<>();
        ids.add(feedback.interactionId());
        ids.addAll(feedback.chosen());
        ids.addAll(feedback.rejected());
        return ids;
    }

    private boolean inScope(String interaction) {
        return switch (token.scope().kind()) {
            case INTERACTION -> token.scope().id().equals(interaction);
            case SESSION -> sessionOf(interaction).filter(token.scope().id()::equals).isPresent();
        };
    }

    private Optional<String> sessionOf(String interaction) {
        return sessions.computeIfAbsent(interaction, id ->
                records.sessionOfInteraction(token.project(), id));
    }
}
