package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;

/**
 * Paraphrases that defeat n-grams: every train/eval pair whose sentence embeddings have a cosine
 * similarity at or above the threshold. Compares all pairs (the embedding, not the comparison,
 * dominates the cost at the sizes where this is used). Thread-safe if the embedder is.
 */
public final class SemanticOverlap {
    public static final double DEFAULT_THRESHOLD = 0.9;
    private final TextEmbedder embedder;
    private final double threshold;

    public SemanticOverlap(TextEmbedder embedder, double threshold) {
        this.embedder = requireNonNull(embedder, "embedder is null");
        if (!(threshold > -1 && threshold <= 1)) {
            throw PlumblineException.invalidInput("cosine threshold must be in (-1, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public String model() {
        return embedder.name();
    }

    public List<OverlapMatch> find(ItemSet train, ItemSet eval) {
        List<float[]> evalVectors = embedder.embed(eval.items().stream().map(TextItem::text).toList());
        List<float[]> trainVectors = embedder.embed(train.items().stream().map(TextItem::text).toList());
        List<OverlapMatch> matches = new ArrayList<>();
        for (int t = 0; t < trainVectors.size(); t++) {
            for (int e = 0; e < evalVectors.size(); e++) {
                double cosine = dot(trainVectors.get(t), evalVectors.get(e));
                if (cosine >= threshold) {
                    matches.add(OverlapMatch.of(train.items().get(t).id(), eval.items().get(e).id(),
                            OverlapMethod.SEMANTIC, cosine));
                }
            }
        }
        matches.sort(OverlapMatch.ORDER);
        return matches;
    }

    private static double dot(float[] left, float[] right) {
        double sum = 0;
        for (int i = 0; i < left.length; i++) {
            sum += left[i] * right[i];
        }
        return sum;
    }
}
