package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Evidence a pair rule looked at and could not turn into a pair, with the reason: reported, never
 * silently dropped (for example a choice between answers to two different conversations).
 */
public record Skip(String rule, List<String> sources, String reason) {
    public Skip {
        requireNonNull(rule, "rule is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(reason, "reason is null");
    }
}
