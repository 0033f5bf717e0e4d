package dev.plumbline.store;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Encoder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The columns one record is stored as: indexed fields for queries plus the canonical v1 JSON
 * body, from which the record is read back. Null marks an absent optional column.
 *
 * <p>Timestamps are kept to the microsecond, the precision both databases hold natively: finer
 * digits are dropped (towards the past) in the column and in the body alike, so what is scanned
 * back is exactly what the queries saw. Text both databases would alter or refuse is invalid
 * input, never silently changed: NUL in an indexed field (PostgreSQL text cannot hold it; in the
 * body it is escaped) and unpaired UTF-16 surrogates anywhere (no UTF-8 encoding exists for them).
 */
record RecordRow(String kind, String id, long tsMicros, int day, String sessionId, String userId,
        String interactionId, String type, String modelName, String modelVersion, String modelFamily,
        String actorRole, String actorId, String body) {

    static final String COLUMNS = "kind, id, ts_us, day, session_id, user_id, interaction_id, type, model_name,"
            + " model_version, model_family, actor_role, actor_id, body";

    static RecordRow of(Record record, V1Encoder encoder) {
        Instant ts = record.ts().truncatedTo(ChronoUnit.MICROS);
        long micros = micros(record, ts);
        int day = (int) Math.floorDiv(ts.getEpochSecond(), 86_400L);
        String body = encoder.toJson(ts.equals(record.ts()) ? record : record.withTs(ts));
        RecordRow row = columns(record, micros, day, body);
        row.check(record);
        return row;
    }

    private static RecordRow columns(Record record, long micros, int day, String body) {
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

    private static long micros(Record record, Instant ts) {
        try {
            return ChronoUnit.MICROS.between(Instant.EPOCH, ts);
        } catch (ArithmeticException e) {
            throw invalid(record, "ts " + record.ts() + " is outside the range the store keeps"
                    + " (microseconds since 1970 in 64 bits: about 290,000 years either side)");
        }
    }

    private void check(Record record) {
        String[] names = {"id", "session_id", "user_id", "interaction_id", "model.name", "model.version",
            "model.family", "actor.id"};
        String[] values = {id, sessionId, userId, interactionId, modelName, modelVersion, modelFamily, actorId};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && values[i].indexOf('\0') >= 0) {
                throw invalid(record, names[i] + " contains the NUL character, which cannot be stored; remove it");
            }
        }
        if (!validUnicode(body)) {
            throw invalid(record, "a text field holds an unpaired UTF-16 surrogate (such as an escaped \\ud83d"
                    + " without its pair), which is not valid Unicode and cannot be stored");
        }
    }

    private static boolean validUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static PlumblineException invalid(Record record, String reason) {
        return PlumblineException.invalidInput(record.kind().wireName() + " '" + record.id() + "': " + reason);
    }
}
