package dev.plumbline.pairs;

/**
 * Where a pair's preference came from: a person judging explicitly (thumbs, choice, correction,
 * annotator), a person's behaviour read by a rule (regenerate, edit), or an AI judge.
 */
public enum LabelOrigin {
    HUMAN("human"),
    IMPLICIT("implicit"),
    AI("ai");

    private final String wireName;

    LabelOrigin(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
