package dev.plumbline.signals;

import java.util.List;

/**
 * A rule that reads one implicit signal from one session's records. Implementations are pure
 * functions of the session (no I/O, no clock), stateless and thread-safe, so the same rule can run
 * in a batch, in the server, or in a stream processor's session window.
 */
public interface SignalRule {
    /** The rule's class-like name, recorded in every signal's provenance. */
    String name();

    /** Bumped whenever the rule's output for some input changes. */
    String version();

    /** The signals this rule finds in the session, in a deterministic order. */
    List<Signal> apply(Session session);
}
