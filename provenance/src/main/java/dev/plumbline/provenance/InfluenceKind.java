package dev.plumbline.provenance;

/** The ways a model family can shape a label, as the contamination audit counts them. */
public enum InfluenceKind {
    /** The family gave the label as a judge. */
    JUDGED("judged"),
    /** A run judged by the family derived or filtered the labelled item. */
    FILTERED("filtered"),
    /** The family wrote a text the label is about, or the draft a human edited into it. */
    WRITTEN_FROM_DRAFT("written_from_draft"),
    /** The labeller saw the family's draft before labelling. */
    SAW_DRAFT("saw_draft");

    private final String wireName;

    InfluenceKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
