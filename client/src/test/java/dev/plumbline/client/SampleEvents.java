package dev.plumbline.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic events for the client's tests: ids are deterministic so tests can name them. */
final class SampleEvents {
    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    private SampleEvents() {
    }

    static InteractionEvent interaction(String id) {
        return InteractionEvent.builder()
                .id(id)
                .session("s-" + id)
                .user("u-7")
                .ts(START)
                .model("acme-assist", "2026-10-01", "llama-3")
                .message("system", "You write short, polite emails.")
                .prompt("Draft a refund email for order " + id)
                .completion("Dear customer,\nwe have refunded order " + id + ". \"Thanks\" for your patience.")
                .usage(42, 17)
                .meta("feature", "email")
                .build();
    }

    static List<InteractionEvent> interactions(String prefix, int count) {
        List<InteractionEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(interaction(prefix + "-" + i));
        }
        return events;
    }
}
