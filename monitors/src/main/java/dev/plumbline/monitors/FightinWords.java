package dev.plumbline.monitors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Distinctive phrases by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
 * and Quinn 2008, "Fightin' Words", section 3.5). The prior is the pooled counts of both corpora
 * scaled by {@code priorScale}, so common phrases are shrunk less than rare ones and a phrase seen
 * twice cannot top the list. Counts are of texts using a phrase, so that one looping answer cannot
 * fill the list; a phrase overlapping one already listed (one contains the other) is left out, so
 * the list shows different phrases rather than the n-grams of one. Stateless.
 *
 * <pre>
 * a_w = priorScale * (y1_w + y2_w),  a0 = sum of a_w
 * delta_w = log((y1_w + a_w) / (n1 + a0 - y1_w - a_w)) - log((y2_w + a_w) / (n2 + a0 - y2_w - a_w))
 * z_w = delta_w / sqrt(1 / (y1_w + a_w) + 1 / (y2_w + a_w))
 * </pre>
 */
public final class FightinWords {
    /** Only phrases whose |z| reaches the two-sided 5% level are listed. */
    public static final double MIN_ABS_Z = 1.96;

    private FightinWords() {
    }

    static PhraseContrast contrast(String first, String second, NgramTable table, double[] countsFirst,
            double[] countsSecond, VoiceOptions options) {
        List<DistinctivePhrase> all = score(table, countsFirst, countsSecond, options);
        List<DistinctivePhrase> firstSide = distinct(all.stream().filter(p -> p.z() >= MIN_ABS_Z)
                .sorted(Comparator.comparingDouble(DistinctivePhrase::z).reversed()
                        .thenComparing(DistinctivePhrase::phrase)).toList(), options.topPhrases());
        List<DistinctivePhrase> secondSide = distinct(all.stream().filter(p -> p.z() <= -MIN_ABS_Z)
                .sorted(Comparator.comparingDouble(DistinctivePhrase::z).thenComparing(DistinctivePhrase::phrase))
                .toList(), options.topPhrases());
        return new PhraseContrast(first, second, firstSide, secondSide);
    }

    static List<DistinctivePhrase> score(NgramTable table, double[] first, double[] second, VoiceOptions options) {
        double n1 = total(first);
        double n2 = total(second);
        double a0 = options.priorScale() * (n1 + n2);
        List<DistinctivePhrase> phrases = new ArrayList<>();
        for (int id = 0; id < first.length; id++) {
            double y1 = first[id];
            double y2 = second[id];
            if (y1 + y2 < options.minPhraseCount() || !hasWord(table.phrase(id))) {
                continue;
            }
            double a = options.priorScale() * (y1 + y2);
            double delta = Math.log((y1 + a) / (n1 + a0 - y1 - a)) - Math.log((y2 + a) / (n2 + a0 - y2 - a));
            double z = delta / Math.sqrt(1 / (y1 + a) + 1 / (y2 + a));
            phrases.add(new DistinctivePhrase(table.phrase(id), table.order(id), (long) y1, (long) y2, delta, z));
        }
        return phrases;
    }

    private static List<DistinctivePhrase> distinct(List<DistinctivePhrase> ranked, int limit) {
        List<DistinctivePhrase> kept = new ArrayList<>();
        for (DistinctivePhrase candidate : ranked) {
            if (kept.size() == limit) {
                break;
            }
            if (kept.stream().noneMatch(k -> overlaps(k.phrase(), candidate.phrase()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static boolean overlaps(String a, String b) {
        return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    private static boolean hasWord(String phrase) {
        return phrase.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static double total(double[] counts) {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        return total;
    }
}
