package dev.plumbline.provenance;

/**
 * How a lineage node relates to its parent. Influence through a {@code direct} relation is direct
 * (the label's own subject, the texts a pair is made of, the draft an annotator saw); through any
 * other it is transitive (a user's edit of a model's draft, the evidence a rule used).
 */
public enum Relation {
    ROOT("root", true),
    SUBJECT("subject", true),
    CHOSEN("chosen", true),
    REJECTED("rejected", true),
    TEXT("text", true),
    DRAFT("draft", true),
    EDIT_OF("edit of", false),
    ON("on", false),
    SOURCE("source", false),
    EVIDENCE("filter evidence", false);

    private final String wireName;
    private final boolean direct;

    Relation(String wireName, boolean direct) {
        this.wireName = wireName;
        this.direct = direct;
    }

    public String wireName() {
        return wireName;
    }

    public boolean direct() {
        return direct;
    }

    static Relation ofRole(String role) {
        switch (role) {
            case "chosen":
                return CHOSEN;
            case "rejected":
                return REJECTED;
            default:
                return TEXT;
        }
    }
}
