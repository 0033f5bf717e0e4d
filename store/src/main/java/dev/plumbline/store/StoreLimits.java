package dev.plumbline.store;

import dev.plumbline.model.Actor;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.Record;
import java.time.Instant;
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
        // This runs for every ingested record: the fields are checked where they are, without
        // collecting them first.
        Optional<String> indexed = indexedRefusal(record);
        if (indexed.isPresent()) {
            return indexed;
        }
        return validTexts(record) ? Optional.empty()
                : Optional.of("a text field holds an unpaired UTF-16 surrogate (such as an escaped \\ud83d"
                        + " without its pair), which is not valid Unicode and cannot be stored");
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

    /** The first field stored in an indexed column that holds a NUL, named by its wire name. */
    private static Optional<String> indexedRefusal(Record record) {
        String field = nul("id", record.id());
        if (record instanceof Interaction i) {
            field = first(field, nul("session_id", i.sessionId().orElse(null)), nul("user_id", i.userId().orElse(null)),
                    nul("model.name", i.model().name()), nul("model.version", i.model().version().orElse(null)),
                    nul("model.family", i.model().family().orElse(null)));
        } else {
            Actor actor = record instanceof Feedback f ? f.actor() : ((Label) record).actor();
            field = first(field, record instanceof Feedback f ? nul("interaction_id", f.interactionId()) : null,
                    nul("actor.id", actor.id().orElse(null)), nul("actor.family", actor.family().orElse(null)));
        }
        return field == null ? Optional.empty()
                : Optional.of(field + " contains the NUL character, which cannot be stored; remove it");
    }

    private static String nul(String field, String value) {
        return value != null && value.indexOf('\0') >= 0 ? field : null;
    }

    private static String first(String... fields) {
        for (String field : fields) {
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    /** Whether every text of the record, indexed or not, is valid Unicode. */
    private static boolean validTexts(Record record) {
        if (!validUnicode(record.id())) {
            return false;
        }
        if (record instanceof Interaction i) {
            for (Message message : i.messages()) {
                if (!validUnicode(message.role()) || !validUnicode(message.content())) {
                    return false;
                }
            }
            return valid(i.sessionId()) && valid(i.userId()) && validUnicode(i.model().name()) && valid(i.model().version())
                    && valid(i.model().family()) && validUnicode(i.completion()) && valid(i.regenerates()) && valid(i.meta());
        }
        if (record instanceof Feedback f) {
            return validUnicode(f.interactionId()) && valid(f.actor()) && valid(f.text()) && valid(f.name())
                    && valid(f.reason()) && valid(f.chosen()) && valid(f.rejected()) && valid(f.meta());
        }
        Label label = (Label) record;
        boolean subject = label.subject() instanceof LabelSubject.Pair pair
                ? validUnicode(pair.first()) && validUnicode(pair.second())
                : validUnicode(((LabelSubject.Item) label.subject()).id());
        return subject && valid(label.actor()) && validUnicode(label.value()) && valid(label.guideline())
                && valid(label.order()) && valid(label.raw()) && valid(label.scale()) && valid(label.round())
                && valid(label.meta());
    }

    private static boolean valid(Actor actor) {
        return valid(actor.id()) && valid(actor.family());
    }

    private static boolean valid(Optional<String> text) {
        return text.isEmpty() || validUnicode(text.get());
    }

    private static boolean valid(List<String> texts) {
        for (String text : texts) {
            if (!validUnicode(text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(Map<String, String> meta) {
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            if (!validUnicode(entry.getKey()) || !validUnicode(entry.getValue())) {
                return false;
            }
        }
        return true;
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
