package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.Duration;

/**
 * How records become sessions: interactions with a {@code session_id} are grouped by it; the others
 * by user, split where the user was silent for longer than {@code inactivityGap}.
 */
public record SessionConfig(Duration inactivityGap) {
    public static final SessionConfig DEFAULTS = new SessionConfig(Duration.ofMinutes(30));

    public SessionConfig {
        requireNonNull(inactivityGap, "inactivityGap is null");
        if (inactivityGap.isNegative() || inactivityGap.isZero()) {
            throw PlumblineException.invalidInput("session inactivity gap must be positive, was " + inactivityGap);
        }
    }
}
