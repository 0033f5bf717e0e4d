package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Provenance;
import dev.plumbline.signals.TextDistance;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A preference: for the conversation {@code prompt}, {@code chosen} is better than {@code rejected}
 * (or, when {@code tie}, neither is; ties exist to be counted and filtered). {@code confidence} in
 * [0, 1] grows with the strength of the evidence; {@code labelSources} name every piece of it and
 * {@code provenance} the rule, its version and the source records. The id is deterministic.
 */
public record Pair(
        String id,
        List<Message> prompt,
        Side chosen,
        Side rejected,
        boolean tie,
        double confidence,
        String sessionId,
        Optional<String> userId,
        List<LabelSource> labelSources,
        Provenance provenance) {
    public Pair {
        requireNonNull(id, "id is null");
        prompt = List.copyOf(requireNonNull(prompt, "prompt is null"));
        requireNonNull(chosen, "chosen is null");
        requireNonNull(rejected, "rejected is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(userId, "userId is null");
        labelSources = List.copyOf(requireNonNull(labelSources, "labelSources is null"));
        requireNonNull(provenance, "provenance is null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw PlumblineException.invalidInput("pair confidence must be in [0, 1], was " + confidence);
        }
    }

    /** The rule that made the pair. */
    public String rule() {
        return provenance.rule();
    }

    /**
     * The pair's label origin: human when any person judged explicitly, else implicit when behaviour
     * was read, else AI (the preference came from judges alone).
     */
    public LabelOrigin origin() {
        for (LabelOrigin origin : LabelOrigin.values()) {
            if (labelSources.stream().anyMatch(source -> source.origin() == origin)) {
                return origin;
            }
        }
        return LabelOrigin.IMPLICIT;
    }

    /** The prompt lower-cased with white space collapsed, role by role: equal for "the same question". */
    public String promptKey() {
        return prompt.stream().map(m -> m.role() + ": " + TextDistance.normalize(m.content()))
                .collect(Collectors.joining("\n"));
    }

    public Pair withConfidence(double newConfidence) {
        return new Pair(id, prompt, chosen, rejected, tie, newConfidence, sessionId, userId, labelSources, provenance);
    }

    /** The same pair with the config hash and code version it was mined under. */
    public Pair stamped(String configHash, String codeVersion) {
        return new Pair(id, prompt, chosen, rejected, tie, confidence, sessionId, userId, labelSources,
                new Provenance(provenance.sources(), provenance.rule(), provenance.ruleVersion(), configHash,
                        codeVersion));
    }
}
