package dev.plumbline.pairs;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Provenance;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import java.util.List;

/**
 * A rule that turns the evidence in one session (its records and the signals mined from them) into
 * preference pairs. Implementations are pure, stateless and thread-safe.
 */
public interface PairRule {
    String name();

    /** Bumped whenever the rule's output for some input changes. */
    String version();

    PairYield apply(Session session, List<Signal> signals);

    /** A pair made by this rule, answering {@code context}'s conversation; not yet stamped. */
    default Pair pair(Interaction context, Side chosen, Side rejected, double confidence, List<String> sources,
            List<LabelSource> labels, Session session) {
        String id = name() + ":" + chosen.recordId() + ">" + rejected.recordId();
        return new Pair(id, context.messages(), chosen, rejected, false, confidence, session.id(),
                context.userId().or(session::userId), labels, new Provenance(sources, name(), version(), "", ""));
    }

    default Skip skip(List<String> sources, String reason) {
        return new Skip(name(), sources, reason);
    }
}
