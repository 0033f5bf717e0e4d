package dev.plumbline.store;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Encoder;
import java.time.temporal.ChronoUnit;

/**
 * The columns one record is stored as: indexed fields for queries plus the canonical v1 JSON
 * body, from which the record is read back. Null marks an absent optional column.
 */
record RecordRow(String kind, String id, long tsMicros, int day, String sessionId, String userId,
        String interactionId, String type, String modelName, String modelVersion, String modelFamily,
        String actorRole, String actorId, String body) {

    static final String COLUMNS = "kind, id, ts_us, day, session_id, user_id, interaction_id, type, model_name,"
            + " model_version, model_family, actor_role, actor_id, body";

    static RecordRow of(Record record, V1Encoder encoder) {
        long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, record.ts());
        int day = (int) Math.floorDiv(record.ts().getEpochSecond(), 86_400L);
        String body = encoder.toJson(record);
        if (record instanceof Interaction i) {
            return new RecordRow("interaction", i.id(), micros, day, i.sessionId().orElse(null), i.userId().orElse(null),
                    null, null, i.model().name(), i.model().version().orElse(null), i.model().family().orElse(null),
                    null, null, body);
        }
        if (record instanceof Feedback f) {
            return new RecordRow("feedback", f.id(), micros, day, null, null, f.interactionId(), f.type().wireName(),
                    null, null, null, f.actor().role().wireName(), f.actor().id().orElse(null), body);
        }
        Label l = (Label) record;
        return new RecordRow("label", l.id(), micros, day, null, null, null, null, null, null,
                l.actor().family().orElse(null), l.actor().role().wireName(), l.actor().id().orElse(null), body);
    }
}
