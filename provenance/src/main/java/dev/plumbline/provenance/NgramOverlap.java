package dev.plumbline.provenance;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The n-gram overlap rule used to decontaminate GPT-3's benchmarks (n = 13 word tokens): an eval
 * item overlaps a train text when they share an n-gram, or, for items made of paragraphs shorter
 * than n tokens, when every paragraph occurs whole in the train text. GPT-3 applied the
 * short-item clause to the whole item; applying it per paragraph also catches an item whose
 * instruction and input were pasted into a prompt template with labels between them. The score is
 * the item's coverage (the share of its tokens inside a shared n-gram or a paragraph found whole),
 * and the longest shared token run is reported beside it. Thread-safe.
 */
public final class NgramOverlap {
    public static final int GPT3_N = 13;
    private final int n;

    public NgramOverlap(int n) {
        if (n < 1) {
            throw PlumblineException.invalidInput("n-gram length must be at least 1, was " + n);
        }
        this.n = n;
    }

    public NgramOverlap() {
        this(GPT3_N);
    }

    public int n() {
        return n;
    }

    public List<OverlapMatch> find(ItemSet train, ItemSet eval) {
        List<TokenSequence> evalTokens = eval.items().stream().map(item -> TokenSequence.of(item.text())).toList();
        Map<Long, List<Integer>> index = index(evalTokens);
        Set<Integer> anchorLengths = anchorLengths(evalTokens);
        List<OverlapMatch> matches = new ArrayList<>();
        for (TextItem trainItem : train.items()) {
            TrainText text = new TrainText(TokenSequence.of(trainItem.text()));
            for (int candidate : candidates(text, index, anchorLengths)) {
                compare(text, evalTokens.get(candidate)).ifPresent(found -> matches.add(
                        new OverlapMatch(trainItem.id(), eval.items().get(candidate).id(), OverlapMethod.NGRAM,
                                found.coverage, Optional.of(found.longestRun))));
            }
        }
        matches.sort(OverlapMatch.ORDER);
        return matches;
    }

    private Map<Long, List<Integer>> index(List<TokenSequence> evalTokens) {
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < evalTokens.size(); i++) {
            TokenSequence item = evalTokens.get(i);
            Set<Long> keys = item.length() >= n ? item.grams(n) : Set.of();
            if (allParagraphsShort(item)) {
                keys = new LinkedHashSet<>(keys);
                keys.add(longestParagraphGram(item));
            }
            for (long key : keys) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(i);
            }
        }
        return index;
    }

    private Set<Integer> anchorLengths(List<TokenSequence> evalTokens) {
        Set<Integer> lengths = new TreeSet<>();
        lengths.add(n);
        for (TokenSequence item : evalTokens) {
            if (allParagraphsShort(item)) {
                lengths.add(longestParagraph(item)[1]);
            }
        }
        return lengths;
    }

    private Set<Integer> candidates(TrainText text, Map<Long, List<Integer>> index, Set<Integer> anchorLengths) {
        Set<Integer> candidates = new TreeSet<>();
        for (int k : anchorLengths) {
            for (long gram : text.grams(k)) {
                candidates.addAll(index.getOrDefault(gram, List.of()));
            }
        }
        return candidates;
    }

    private Optional<Found> compare(TrainText text, TokenSequence item) {
        boolean[] covered = new boolean[item.length()];
        boolean sharesGram = markSharedGrams(text, item, covered);
        boolean everyParagraphFound = allParagraphsShort(item) && markWholeParagraphs(text, item, covered);
        int longestRun = item.longestSharedRun(text.tokens);
        boolean confirmed = sharesGram && longestRun >= n || everyParagraphFound;
        if (!confirmed) {
            return Optional.empty();
        }
        int count = 0;
        for (boolean token : covered) {
            count += token ? 1 : 0;
        }
        return Optional.of(new Found((double) count / item.length(), longestRun));
    }

    private boolean markSharedGrams(TrainText text, TokenSequence item, boolean[] covered) {
        Set<Long> trainGrams = text.grams(n);
        boolean any = false;
        for (int start = 0; start + n <= item.length(); start++) {
            if (trainGrams.contains(item.gram(start, n))) {
                any = true;
                Arrays.fill(covered, start, start + n, true);
            }
        }
        return any;
    }

    private static boolean markWholeParagraphs(TrainText text, TokenSequence item, boolean[] covered) {
        int start = 0;
        boolean all = true;
        for (int length : item.paragraphLengths()) {
            if (text.grams(length).contains(item.gram(start, length))) {
                Arrays.fill(covered, start, start + length, true);
            } else {
                all = false;
            }
            start += length;
        }
        return all && item.length() > 0;
    }

    private boolean allParagraphsShort(TokenSequence item) {
        if (item.length() == 0) {
            return false;
        }
        for (int length : item.paragraphLengths()) {
            if (length >= n) {
                return false;
            }
        }
        return true;
    }

    private static long longestParagraphGram(TokenSequence item) {
        int[] startAndLength = longestParagraph(item);
        return item.gram(startAndLength[0], startAndLength[1]);
    }

    private static int[] longestParagraph(TokenSequence item) {
        int start = 0;
        int[] best = {0, 0};
        for (int length : item.paragraphLengths()) {
            if (length > best[1]) {
                best = new int[] {start, length};
            }
            start += length;
        }
        return best;
    }

    /** A train text with its k-gram sets computed once per k. */
    private static final class TrainText {
        private final TokenSequence tokens;
        private final Map<Integer, Set<Long>> gramsByLength = new HashMap<>();

        TrainText(TokenSequence tokens) {
            this.tokens = tokens;
        }

        Set<Long> grams(int k) {
            return gramsByLength.computeIfAbsent(k, tokens::grams);
        }
    }

    private record Found(double coverage, int longestRun) {
    }
}
