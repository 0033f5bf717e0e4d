package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Message;
import java.util.List;

/**
 * A conversation after redaction: its messages, the completions that answer it (e.g. a pair's
 * chosen and rejected, in the order given), and what was replaced. Placeholders are shared by all.
 */
public record RedactedConversation(List<Message> messages, List<String> completions, RedactionCounts counts) {
    public RedactedConversation {
        messages = List.copyOf(requireNonNull(messages, "messages is null"));
        completions = List.copyOf(requireNonNull(completions, "completions is null"));
        requireNonNull(counts, "counts is null");
    }
}
