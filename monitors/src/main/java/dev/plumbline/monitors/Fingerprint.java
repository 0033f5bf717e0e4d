package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stylometric fingerprint of a corpus: length and sentence-length distributions (in words),
 * list and heading use, hedging and apology rates, type-token ratio and distinct-n, and its most
 * frequent n-grams. Rates per 1,000 words are over the whole corpus; shares are of texts or lines.
 * Immutable.
 */
public record Fingerprint(
        String corpus,
        int texts,
        long words,
        Distribution lengthWords,
        Distribution sentenceLengthWords,
        double textsWithListShare,
        double listLineShare,
        double textsWithHeadingShare,
        double hedgesPer1000Words,
        double apologiesPer1000Words,
        double textsWithApologyShare,
        double typeTokenRatioMean,
        double distinct1,
        double distinct2,
        double distinct3,
        List<NgramShare> topNgrams) {

    /** An n-gram and its share of all n-grams of its order in the corpus. */
    public record NgramShare(String ngram, int order, long count, double share) {
        public NgramShare {
            requireNonNull(ngram, "ngram is null");
        }
    }

    public Fingerprint {
        requireNonNull(corpus, "corpus is null");
        requireNonNull(lengthWords, "lengthWords is null");
        requireNonNull(sentenceLengthWords, "sentenceLengthWords is null");
        topNgrams = List.copyOf(topNgrams);
    }

    public static Fingerprint of(String corpus, List<ParsedText> texts, int topNgrams) {
        long words = texts.stream().mapToLong(t -> t.words().size()).sum();
        double perThousand = words == 0 ? 0 : 1000.0 / words;
        long lines = texts.stream().mapToLong(t -> t.lines().size()).sum();
        List<Integer> sentenceLengths = new ArrayList<>();
        texts.forEach(t -> sentenceLengths.addAll(t.sentenceLengths()));
        return new Fingerprint(corpus, texts.size(), words,
                Distribution.of(texts.stream().map(t -> t.words().size()).toList()),
                Distribution.of(sentenceLengths),
                share(texts, t -> StyleFeatures.listLines(t) > 0),
                lines == 0 ? 0 : texts.stream().mapToLong(StyleFeatures::listLines).sum() / (double) lines,
                share(texts, t -> StyleFeatures.headingLines(t) > 0),
                perThousand * texts.stream().mapToLong(t -> StyleFeatures.hedges(t.words())).sum(),
                perThousand * texts.stream().mapToLong(t -> StyleFeatures.apologies(t.words())).sum(),
                share(texts, t -> StyleFeatures.apologies(t.words()) > 0),
                texts.stream().mapToDouble(t -> StyleFeatures.of(t)[5]).average().orElse(0),
                distinct(texts, 1), distinct(texts, 2), distinct(texts, 3),
                top(texts, topNgrams));
    }

    private static double share(List<ParsedText> texts, java.util.function.Predicate<ParsedText> test) {
        return texts.isEmpty() ? 0 : texts.stream().filter(test).count() / (double) texts.size();
    }

    /** Distinct word n-grams over all word n-grams in the corpus (n-grams do not cross texts). */
    private static double distinct(List<ParsedText> texts, int n) {
        Set<List<String>> distinct = new HashSet<>();
        long total = 0;
        for (ParsedText text : texts) {
            for (int i = 0; i + n <= text.words().size(); i++) {
                distinct.add(text.words().subList(i, i + n));
                total++;
            }
        }
        return total == 0 ? 0 : distinct.size() / (double) total;
    }

    /** The most frequent word bigrams and trigrams: unigrams are mostly function words and say little. */
    private static List<NgramShare> top(List<ParsedText> texts, int limit) {
        List<NgramShare> result = new ArrayList<>();
        for (int n = 2; n <= 3; n++) {
            Map<String, Long> counts = new HashMap<>();
            long total = 0;
            for (ParsedText text : texts) {
                for (int i = 0; i + n <= text.words().size(); i++) {
                    counts.merge(String.join(" ", text.words().subList(i, i + n)), 1L, Long::sum);
                    total++;
                }
            }
            long all = total;
            int order = n;
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .forEach(e -> result.add(new NgramShare(e.getKey(), order, e.getValue(), e.getValue() / (double) all)));
        }
        return result;
    }
}
