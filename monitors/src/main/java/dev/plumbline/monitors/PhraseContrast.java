package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The distinctive phrases between two corpora: those most typical of the first (highest z) and
 * those most typical of the second (lowest z, listed most distinctive first). Immutable.
 */
public record PhraseContrast(String first, String second, List<DistinctivePhrase> typicalOfFirst,
        List<DistinctivePhrase> typicalOfSecond) {
    public PhraseContrast {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        typicalOfFirst = List.copyOf(typicalOfFirst);
        typicalOfSecond = List.copyOf(typicalOfSecond);
    }
}
