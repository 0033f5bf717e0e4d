package dev.plumbline.privacy;

import dev.plumbline.model.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Redaction scoped to one conversation: every text passed through it shares one numbering, so the
 * same e-mail address is {@code <EMAIL_1>} wherever it appears and a different one {@code <EMAIL_2>}.
 * Not thread-safe: one instance per conversation, obtained from {@link Redactor#conversation()}.
 */
public final class ConversationRedaction {
    private final PiiDetector detector;
    private final Map<String, Map<String, Integer>> numbers = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    ConversationRedaction(PiiDetector detector) {
        this.detector = detector;
    }

    /** The text with every detection replaced by its placeholder. */
    public String text(String text) {
        List<Detection> detections = detector.find(text);
        if (detections.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Detection detection : detections) {
            out.append(text, from, detection.start()).append(placeholder(detection));
            counts.merge(detection.type(), 1L, Long::sum);
            from = detection.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    public Message message(Message message) {
        return new Message(message.role(), text(message.content()));
    }

    public List<Message> messages(List<Message> messages) {
        return messages.stream().map(this::message).toList();
    }

    /** What this conversation has had replaced so far. */
    public RedactionCounts counts() {
        return new RedactionCounts(counts);
    }

    private String placeholder(Detection detection) {
        Map<String, Integer> ofType = numbers.computeIfAbsent(detection.type(), type -> new HashMap<>());
        int number = ofType.computeIfAbsent(detection.normalised(), value -> ofType.size() + 1);
        return "<" + detection.type() + "_" + number + ">";
    }
}
