package dev.plumbline.provenance;

/** The kinds of derived fact whose lineage can be resolved besides the v1 records themselves. */
public enum FactKind {
    PAIR("pair"),
    DATASET_ITEM("dataset_item"),
    DATASET("dataset"),
    EVAL_ITEM("eval_item");

    private final String wireName;

    FactKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
