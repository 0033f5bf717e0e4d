package dev.plumbline.monitors;

import dev.plumbline.model.PlumblineException;

/**
 * Settings of the teacher-voice audit. {@code ngramOrder}: token n-grams up to this order form the
 * distributions compared by Jensen-Shannon, over {@link StyleTokens content-masked} tokens when
 * {@code maskContent} (the default: otherwise topic dominates the divergence); {@code phraseOrder}: n-grams up to this order are
 * candidate distinctive phrases, kept when seen {@code minPhraseCount} times and shrunk by a prior
 * of {@code priorScale} times their pooled counts; {@code bootstrapReplicates} resamples of texts,
 * drawn from {@code seed}, give the intervals; {@code folds}-fold cross-validation with ridge
 * {@code ridge} on the style features plus the rates of the {@code markerTokens} most common tokens
 * gives separability (paired with the human reference, text by text, when {@code pairedWithHuman}); a series alarms when proximity to the teacher exceeds its
 * baseline by more than {@code alarmZ} combined standard errors. Immutable.
 */
public record VoiceOptions(int ngramOrder, int phraseOrder, int topPhrases, int minPhraseCount, double priorScale,
        int bootstrapReplicates, int folds, double ridge, long seed, double alarmZ, int topNgrams, int minTexts, int markerTokens,
        boolean pairedWithHuman, boolean maskContent) {
    public VoiceOptions {
        positive("ngramOrder", ngramOrder);
        positive("phraseOrder", phraseOrder);
        positive("topPhrases", topPhrases);
        positive("minPhraseCount", minPhraseCount);
        positive("bootstrapReplicates", bootstrapReplicates);
        positive("topNgrams", topNgrams);
        if (markerTokens < 0) {
            throw PlumblineException.invalidInput("markerTokens must not be negative, was " + markerTokens);
        }
        if (folds < 2 || minTexts < folds) {
            throw PlumblineException.invalidInput("folds must be at least 2 and minTexts at least folds; were "
                    + folds + " and " + minTexts);
        }
        if (!(priorScale > 0) || !(ridge > 0) || !(alarmZ > 0)) {
            throw PlumblineException.invalidInput("priorScale, ridge and alarmZ must be positive");
        }
    }

    public static VoiceOptions defaults() {
        return new VoiceOptions(3, 3, 15, 5, 0.1, 200, 5, 1.0, 20261126L, 3.0, 10, 10, 0, false, true);
    }

    public VoiceOptions withSeed(long newSeed) {
        return new VoiceOptions(ngramOrder, phraseOrder, topPhrases, minPhraseCount, priorScale,
                bootstrapReplicates, folds, ridge, newSeed, alarmZ, topNgrams, minTexts, markerTokens, pairedWithHuman, maskContent);
    }

    public VoiceOptions withBootstrapReplicates(int replicates) {
        return new VoiceOptions(ngramOrder, phraseOrder, topPhrases, minPhraseCount, priorScale, replicates, folds,
                ridge, seed, alarmZ, topNgrams, minTexts, markerTokens, pairedWithHuman, maskContent);
    }

    /** Declares that release text i and human text i answer the same prompt (as in self-instruct). */
    public VoiceOptions withPairedWithHuman(boolean paired) {
        return new VoiceOptions(ngramOrder, phraseOrder, topPhrases, minPhraseCount, priorScale,
                bootstrapReplicates, folds, ridge, seed, alarmZ, topNgrams, minTexts, markerTokens, paired, maskContent);
    }

    /** Compares raw rather than content-masked n-grams (topic then counts as much as voice). */
    public VoiceOptions withMaskContent(boolean mask) {
        return new VoiceOptions(ngramOrder, phraseOrder, topPhrases, minPhraseCount, priorScale,
                bootstrapReplicates, folds, ridge, seed, alarmZ, topNgrams, minTexts, markerTokens, pairedWithHuman,
                mask);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw PlumblineException.invalidInput(name + " must be at least 1, was " + value);
        }
    }
}
