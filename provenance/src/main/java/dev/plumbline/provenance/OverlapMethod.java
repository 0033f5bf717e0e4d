package dev.plumbline.provenance;

/** How a train/eval overlap was found. */
public enum OverlapMethod {
    /** Equal after normalization (NFKC, lower case, white space collapsed). */
    EXACT("exact"),
    /** A shared 13-gram of word tokens, or every short paragraph of the item found whole (GPT-3's rule). */
    NGRAM("ngram"),
    /** Word-shingle Jaccard similarity at or above the threshold, found by MinHash with LSH and verified exactly. */
    MINHASH("minhash"),
    /** Cosine similarity of sentence embeddings at or above the threshold. */
    SEMANTIC("semantic");

    private final String wireName;

    OverlapMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
