package dev.plumbline.provenance;

/** What a node of a lineage tree stands for; {@code MISSING} is an id that no lookup found. */
public enum NodeKind {
    INTERACTION("interaction"),
    FEEDBACK("feedback"),
    LABEL("label"),
    PAIR("pair"),
    DATASET_ITEM("dataset_item"),
    DATASET("dataset"),
    EVAL_ITEM("eval_item"),
    MISSING("missing");

    private final String wireName;

    NodeKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static NodeKind of(FactKind kind) {
        return switch (kind) {
            case PAIR -> PAIR;
            case DATASET_ITEM -> DATASET_ITEM;
            case DATASET -> DATASET;
            case EVAL_ITEM -> EVAL_ITEM;
        };
    }
}
