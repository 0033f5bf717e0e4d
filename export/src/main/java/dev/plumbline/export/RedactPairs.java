package dev.plumbline.export;

import dev.plumbline.pairs.Pair;
import dev.plumbline.pairs.Side;
import dev.plumbline.privacy.RedactedConversation;
import dev.plumbline.privacy.RedactionCounts;
import dev.plumbline.privacy.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * The redaction stage every export passes through: each pair's prompt, chosen and rejected texts are
 * redacted as one conversation, so a placeholder such as {@code <EMAIL_1>} means the same value on
 * every side of the pair. Pure; ids, provenance and grouping fields are untouched.
 */
final class RedactPairs {
    /** The redacted pairs and how many values of each type were replaced. */
    record Result(List<Pair> pairs, RedactionCounts counts) {
    }

    private RedactPairs() {
    }

    static Result apply(List<Pair> pairs, Redactor redactor) {
        if (redactor.policy().off()) {
            return new Result(pairs, RedactionCounts.NONE);
        }
        List<Pair> redacted = new ArrayList<>(pairs.size());
        RedactionCounts counts = RedactionCounts.NONE;
        for (Pair pair : pairs) {
            RedactedConversation conversation = redactor.redact(pair.prompt(),
                    List.of(pair.chosen().text(), pair.rejected().text()));
            counts = counts.plus(conversation.counts());
            redacted.add(new Pair(pair.id(), conversation.messages(), side(pair.chosen(), conversation.completions().get(0)),
                    side(pair.rejected(), conversation.completions().get(1)), pair.tie(), pair.confidence(),
                    pair.sessionId(), pair.userId(), pair.labelSources(), pair.provenance()));
        }
        return new Result(redacted, counts);
    }

    private static Side side(Side side, String text) {
        return new Side(side.recordId(), text, side.model());
    }
}
