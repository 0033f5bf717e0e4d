package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Provenance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One implicit signal about one interaction, derived by one rule from the records named in its
 * provenance. {@code value} is the measure the type defines (an edit's normalized distance, an
 * outcome's value); {@code detail} a short qualifier ({@code kept}, an outcome's name). The id is
 * deterministic, so re-mining the same records gives the same signals.
 */
public record Signal(
        String id,
        SignalType type,
        String interactionId,
        String sessionId,
        Instant ts,
        Polarity polarity,
        Optional<Double> value,
        Optional<String> detail,
        Provenance provenance) {
    public Signal {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(ts, "ts is null");
        requireNonNull(polarity, "polarity is null");
        requireNonNull(value, "value is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(provenance, "provenance is null");
    }

    /** A signal from a rule, not yet stamped with the config hash and code version (the miner does that). */
    public static Signal of(SignalRule rule, SignalType type, String interactionId, Session session, Instant ts,
            Polarity polarity, List<String> sources) {
        String id = type.wireName() + ":" + String.join("+", sources);
        return new Signal(id, type, interactionId, session.id(), ts, polarity, Optional.empty(), Optional.empty(),
                new Provenance(sources, rule.name(), rule.version(), "", ""));
    }

    public Signal withValue(double newValue) {
        return new Signal(id, type, interactionId, sessionId, ts, polarity, Optional.of(newValue), detail, provenance);
    }

    public Signal withDetail(String newDetail) {
        return new Signal(id, type, interactionId, sessionId, ts, polarity, value, Optional.of(newDetail), provenance);
    }

    /** The same signal with the config hash and code version it was mined under. */
    public Signal stamped(String configHash, String codeVersion) {
        return new Signal(id, type, interactionId, sessionId, ts, polarity, value, detail, new Provenance(
                provenance.sources(), provenance.rule(), provenance.ruleVersion(), configHash, codeVersion));
    }
}
