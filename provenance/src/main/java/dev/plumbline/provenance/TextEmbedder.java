package dev.plumbline.provenance;

import java.util.List;

/**
 * The port to a sentence-embedding model: one unit-length vector per text, in order. The semantic
 * overlap method depends on this port only, so tests and other models can stand in.
 */
public interface TextEmbedder {
    /** A short name of the model, for reports. */
    String name();

    /** One L2-normalized vector per text, in the order given. */
    List<float[]> embed(List<String> texts);
}
