package dev.plumbline.judging;

/** What a judge is audited against. */
public enum Reference {
    /** The majority of the annotators' labels on each pair (gold labels excluded). */
    HUMAN,
    /** Gold labels: labels whose meta says {@code gold=true}, such as LLMBar's or known-answer items. */
    GOLD,
    /** The majority of the labels of the annotators named in the options only. */
    ANNOTATORS
}
