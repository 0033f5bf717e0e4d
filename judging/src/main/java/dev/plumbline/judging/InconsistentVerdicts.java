package dev.plumbline.judging;

/** What a judge's verdict on a pair is when it flips with the presentation order. */
public enum InconsistentVerdicts {
    /** The pair counts as a tie (the default: the judge could not tell the two apart). */
    AS_TIE,
    /** The pair is left out of agreement with the reference. */
    EXCLUDE
}
