package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Message;
import java.util.List;

/**
 * The redaction stage every export passes through: replaces what the {@link RedactionPolicy} names
 * with typed placeholders ({@code <EMAIL_1>}, {@code <PHONE_2>}, {@code <SECRET_1>}, custom names)
 * numbered consistently within one conversation, and counts replacements per type. Text it has
 * redacted redacts to itself. Immutable and thread-safe; each conversation gets its own numbering.
 */
public final class Redactor {
    private final PiiDetector detector;

    public Redactor(RedactionPolicy policy) {
        this.detector = new PiiDetector(requireNonNull(policy, "policy is null"));
    }

    /** The default redactor: every built-in type on. */
    public static Redactor allOn() {
        return new Redactor(RedactionPolicy.ALL_ON);
    }

    public RedactionPolicy policy() {
        return detector.policy();
    }

    /** A fresh numbering for one conversation, for callers that redact its parts one by one. */
    public ConversationRedaction conversation() {
        return new ConversationRedaction(detector);
    }

    /** A conversation and the completions that answer it (a pair's chosen and rejected), numbered together. */
    public RedactedConversation redact(List<Message> messages, List<String> completions) {
        ConversationRedaction conversation = conversation();
        List<Message> redactedMessages = conversation.messages(messages);
        List<String> redactedCompletions = completions.stream().map(conversation::text).toList();
        return new RedactedConversation(redactedMessages, redactedCompletions, conversation.counts());
    }

    public RedactedConversation redact(List<Message> messages) {
        return redact(messages, List.of());
    }

    /** One text on its own (its own numbering). */
    public String redact(String text) {
        return conversation().text(text);
    }
}
