package dev.plumbline.store;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Encoder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The columns one record is stored as: indexed fields for queries plus the canonical v1 JSON
 * body, from which the record is read back. Null marks an absent optional column. A label's
 * {@code interaction_id} is the first interaction its subject names (migration V7).
 *
 * <p>Timestamps are kept to the microsecond, the precision both databases hold natively: finer
 * digits are dropped (towards the past) in the column and in the body alike, so what is scanned
 * back is exactly what the queries saw. What {@link StoreLimits} names is invalid input, never
 * silently changed.
 */
record RecordRow(String kind, String id, long tsMicros, int day, String sessionId, String userId,
        String interactionId, String type, String modelName, String modelVersion, String modelFamily,
        String actorRole, String actorId, String body) {

    static final String COLUMNS = "kind, id, ts_us, day, session_id, user_id, interaction_id, type, model_name,"
            + " model_version, model_family, actor_role, actor_id, body";

    static RecordRow of(Record record, V1Encoder encoder) {
        StoreLimits.refusal(record).ifPresent(reason -> {
            throw PlumblineException.invalidInput(record.kind().wireName() + " '" + record.id() + "': " + reason);
        });
        return ofChecked(record, encoder);
    }

    /** The row of a record {@link StoreLimits#refusal} has already passed. */
    static RecordRow ofChecked(Record record, V1Encoder encoder) {
        Instant ts = record.ts().truncatedTo(ChronoUnit.MICROS);
        long micros = StoreLimits.micros(ts);
        int day = (int) Math.floorDiv(ts.getEpochSecond(), 86_400L);
        String body = encoder.toJson(ts.equals(record.ts()) ? record : record.withTs(ts));
        return columns(record, micros, day, body);
    }

    /** The row's key; the kind from its wire name without the general lookup (this runs per row). */
    RecordKey key() {
        Kind parsed;
        switch (kind) {
            case "interaction":
                parsed = Kind.INTERACTION;
                break;
            case "feedback":
                parsed = Kind.FEEDBACK;
                break;
            default:
                parsed = Kind.LABEL;
                break;
        }
        return new RecordKey(parsed, id);
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
        return new RecordRow("label", l.id(), micros, day, null, null, firstSubject(l), null, null, null,
                l.actor().family().orElse(null), l.actor().role().wireName(), l.actor().id().orElse(null), body);
    }

    /** The interaction a label is filed under: its pair's first side, or its item. */
    private static String firstSubject(Label label) {
        return label.subject() instanceof LabelSubject.Pair pair ? pair.first() : ((LabelSubject.Item) label.subject()).id();
    }
}
