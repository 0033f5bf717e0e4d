package dev.plumbline.provenance;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (384 dimensions) run in process on the CPU through ONNX Runtime; the model and
 * its tokenizer ship inside the Maven artifact, so nothing is fetched at run time. Loading takes a
 * second or two: create one and share it. Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final int BATCH = 64;
    private final AllMiniLmL6V2EmbeddingModel model;

    public MiniLmEmbedder() {
        try {
            this.model = new AllMiniLmL6V2EmbeddingModel();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw PlumblineException.unavailable("the all-MiniLM-L6-v2 ONNX model could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2";
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String text : texts.subList(start, Math.min(texts.size(), start + BATCH))) {
                batch.add(TextSegment.from(text.isBlank() ? " " : text));
            }
            for (Embedding embedding : model.embedAll(batch).content()) {
                vectors.add(unit(embedding.vector()));
            }
        }
        return vectors;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * scale;
        }
        return result;
    }
}
