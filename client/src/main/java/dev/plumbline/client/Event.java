package dev.plumbline.client;

import java.time.Instant;

/**
 * One record the client sends: an interaction, a feedback or a label. Every event carries the
 * caller's id (a random UUID when none was given), which makes a retried send safe: the server
 * stores an id once and reports a repeat as a duplicate. Implementations are immutable.
 */
public sealed interface Event permits InteractionEvent, FeedbackEvent, LabelEvent {
    String id();

    Instant ts();
}
