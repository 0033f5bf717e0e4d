package dev.plumbline.signals;

import java.util.ArrayList;
import java.util.List;

/** The standard set of signal rules, built from one config, and running them over a session. */
public final class SignalRules {
    private SignalRules() {
    }

    public static List<SignalRule> standard(SignalConfig config) {
        return List.of(
                new MarkAccepted(),
                new MeasureEdits(config.keptShare()),
                new MarkRegeneratedAway(),
                new DetectAbandonment(config.abandonAfter()),
                new DetectRephrasedFollowUp(config.rephraseWithin(), config.rephraseSimilarity()),
                new JoinOutcomes(config.negativeOutcomes()));
    }

    /** Every rule's signals for the session, rule by rule in the given order. */
    public static List<Signal> apply(List<SignalRule> rules, Session session) {
        List<Signal> signals = new ArrayList<>();
        for (SignalRule rule : rules) {
            signals.addAll(rule.apply(session));
        }
        return signals;
    }
}
