package dev.plumbline.monitors;

import java.util.List;

/**
 * One corpus of a voice audit, parsed once: its texts, their style features, and their rows in
 * the distance and phrase n-gram tables.
 */
record VoiceSide(Corpus corpus, List<ParsedText> texts, List<double[]> features, int[] distanceRows,
        int[] phraseRows) {

    static VoiceSide of(Corpus corpus, VoiceOptions options, NgramTable distances, NgramTable phrases) {
        corpus.requireAtLeast(options.minTexts());
        List<ParsedText> texts = corpus.texts().stream().map(ParsedText::parse).toList();
        int[] distanceRows = texts.stream()
                .mapToInt(text -> distances.add(options.maskContent() ? StyleTokens.mask(text.tokens()) : text.tokens()))
                .toArray();
        int[] phraseRows = texts.stream().mapToInt(text -> phrases.add(text.tokens())).toArray();
        return new VoiceSide(corpus, texts, texts.stream().map(StyleFeatures::of).toList(), distanceRows, phraseRows);
    }

    /** Style features followed by the marker-token rates, one row per text. */
    List<double[]> featureRows(MarkerTokens markers) {
        List<double[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double[] style = features.get(i);
            double[] rates = markers.rates(texts.get(i));
            double[] row = java.util.Arrays.copyOf(style, style.length + rates.length);
            System.arraycopy(rates, 0, row, style.length, rates.length);
            rows.add(row);
        }
        return rows;
    }

    Fingerprint fingerprint(VoiceOptions options) {
        return Fingerprint.of(corpus.name(), texts, options.topNgrams());
    }
}
