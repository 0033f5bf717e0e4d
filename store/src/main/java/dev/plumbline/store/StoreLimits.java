package dev.plumbline.store;

import dev.plumbline.model.Actor;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every store refuses rather than alter: a timestamp beyond 64-bit microseconds since 1970,
 * the NUL character in a field the stores index (PostgreSQL text cannot hold it), and unpaired
 * UTF-16 surrogates in any text (no UTF-8 exists for them). {@link RecordStore#append} refuses a
 * whole call for one such record; ingest checks each record first, so that one bad record is
 * rejected with its index instead of failing the records committed with it. Stateless.
 */
public final class StoreLimits {
    private StoreLimits() {
    }

    /** Why the stores would refuse the record, if they would; the reason names the field. */
    public static Optional<String> refusal(Record record) {
        if (!inRange(record.ts())) {
            return Optional.of("ts " + record.ts() + " is outside the range the store keeps"
                    + " (microseconds since 1970 in 64 bits: about 290,000 years either side)");
        }
        Map<String, String> indexed = indexed(record);
        for (Map.Entry<String, String> field : indexed.entrySet()) {
            if (field.getValue() != null && field.getValue().indexOf('\0') >= 0) {
                return Optional.of(field.getKey() + " contains the NUL character, which cannot be stored; remove it");
            }
        }
        for (String text : texts(record, indexed.values())) {
            if (!validUnicode(text)) {
                return Optional.of("a text field holds an unpaired UTF-16 surrogate (such as an escaped \\ud83d"
                        + " without its pair), which is not valid Unicode and cannot be stored");
            }
        }
        return Optional.empty();
    }

    private static boolean inRange(Instant ts) {
        try {
            micros(ts);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * Microseconds since 1970, finer digits dropped towards the past. Not {@code
     * ChronoUnit.MICROS.between}: that counts in nanoseconds first and overflows beyond 1677 and 2262.
     */
    static long micros(Instant ts) {
        long seconds = ts.getEpochSecond();
        long micros = ts.getNano() / 1_000;
        if (seconds < 0 && micros > 0) {
            // borrow a second so the product cannot overflow where the sum would not
            seconds++;
            micros -= 1_000_000;
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros);
    }

    /** The fields stored in indexed columns, by their wire names. */
    private static Map<String, String> indexed(Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", record.id());
        if (record instanceof Interaction i) {
            fields.put("session_id", i.sessionId().orElse(null));
            fields.put("user_id", i.userId().orElse(null));
            fields.put("model.name", i.model().name());
            fields.put("model.version", i.model().version().orElse(null));
            fields.put("model.family", i.model().family().orElse(null));
        } else if (record instanceof Feedback f) {
            fields.put("interaction_id", f.interactionId());
            actor(fields, f.actor());
        } else {
            actor(fields, ((Label) record).actor());
        }
        return fields;
    }

    private static void actor(Map<String, String> fields, Actor actor) {
        fields.put("actor.id", actor.id().orElse(null));
        fields.put("actor.family", actor.family().orElse(null));
    }

    /** Every text of the record, indexed or not. */
    private static List<String> texts(Record record, java.util.Collection<String> indexed) {
        List<String> texts = new ArrayList<>(indexed);
        if (record instanceof Interaction i) {
            for (Message message : i.messages()) {
                texts.add(message.role());
                texts.add(message.content());
            }
            texts.add(i.completion());
            i.regenerates().ifPresent(texts::add);
            meta(texts, i.meta());
        } else if (record instanceof Feedback f) {
            f.text().ifPresent(texts::add);
            f.name().ifPresent(texts::add);
            f.reason().ifPresent(texts::add);
            texts.addAll(f.chosen());
            texts.addAll(f.rejected());
            meta(texts, f.meta());
        } else {
            label(texts, (Label) record);
        }
        return texts;
    }

    private static void label(List<String> texts, Label label) {
        if (label.subject() instanceof LabelSubject.Pair pair) {
            texts.add(pair.first());
            texts.add(pair.second());
        } else {
            texts.add(((LabelSubject.Item) label.subject()).id());
        }
        texts.add(label.value());
        label.guideline().ifPresent(texts::add);
        texts.addAll(label.order());
        label.raw().ifPresent(texts::add);
        label.scale().ifPresent(texts::add);
        label.round().ifPresent(texts::add);
        meta(texts, label.meta());
    }

    private static void meta(List<String> texts, Map<String, String> meta) {
        texts.addAll(meta.keySet());
        texts.addAll(meta.values());
    }

    private static boolean validUnicode(String text) {
        if (text == null) {
            return true;
        }
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
}
