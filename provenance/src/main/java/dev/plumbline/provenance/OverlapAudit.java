package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the chosen overlap methods of a train item set against an eval item set and gathers one
 * report. The lexical methods (exact, 13-gram, MinHash at Jaccard 0.8) are on by default;
 * semantic near-duplicates need an embedder. Immutable; {@code with...} methods return copies.
 */
public final class OverlapAudit {
    private final Set<OverlapMethod> methods;
    private final NgramOverlap ngram;
    private final NearDuplicateOverlap nearDuplicates;
    private final Optional<SemanticOverlap> semantic;

    private OverlapAudit(Set<OverlapMethod> methods, NgramOverlap ngram, NearDuplicateOverlap nearDuplicates,
                         Optional<SemanticOverlap> semantic) {
        this.methods = EnumSet.copyOf(methods);
        this.ngram = requireNonNull(ngram, "ngram is null");
        this.nearDuplicates = requireNonNull(nearDuplicates, "nearDuplicates is null");
        this.semantic = semantic;
    }

    /** Exact, 13-gram and MinHash (Jaccard 0.8, recall 0.95). */
    public static OverlapAudit lexical() {
        return new OverlapAudit(EnumSet.of(OverlapMethod.EXACT, OverlapMethod.NGRAM, OverlapMethod.MINHASH),
                new NgramOverlap(), new NearDuplicateOverlap(), Optional.empty());
    }

    /** Only the given lexical methods (SEMANTIC is added by {@link #withSemantic}). */
    public OverlapAudit only(Set<OverlapMethod> chosen) {
        Set<OverlapMethod> kept = EnumSet.noneOf(OverlapMethod.class);
        kept.addAll(chosen);
        if (semantic.isEmpty()) {
            kept.remove(OverlapMethod.SEMANTIC);
        }
        return new OverlapAudit(kept, ngram, nearDuplicates, semantic);
    }

    public OverlapAudit withNearDuplicates(NearDuplicateOverlap replacement) {
        return new OverlapAudit(methods, ngram, replacement, semantic);
    }

    public OverlapAudit withNgram(NgramOverlap replacement) {
        return new OverlapAudit(methods, replacement, nearDuplicates, semantic);
    }

    public OverlapAudit withSemantic(SemanticOverlap added) {
        Set<OverlapMethod> kept = EnumSet.copyOf(methods);
        kept.add(OverlapMethod.SEMANTIC);
        return new OverlapAudit(kept, ngram, nearDuplicates, Optional.of(added));
    }

    public OverlapReport run(ItemSet train, ItemSet eval) {
        List<OverlapMatch> matches = new ArrayList<>();
        if (methods.contains(OverlapMethod.EXACT)) {
            matches.addAll(new ExactOverlap().find(train, eval));
        }
        if (methods.contains(OverlapMethod.NGRAM)) {
            matches.addAll(ngram.find(train, eval));
        }
        if (methods.contains(OverlapMethod.MINHASH)) {
            matches.addAll(nearDuplicates.find(train, eval));
        }
        semantic.filter(s -> methods.contains(OverlapMethod.SEMANTIC))
                .ifPresent(s -> matches.addAll(s.find(train, eval)));
        matches.sort(OverlapMatch.ORDER);
        return new OverlapReport(train.name(), eval.name(), train.items().size(), eval.items().size(), matches,
                ngram.n(), nearDuplicates.parameters(), semantic.map(SemanticOverlap::model),
                semantic.map(SemanticOverlap::threshold));
    }
}
