package dev.plumbline.pairs;

/** What to do when the data says both A over B and B over A for the same prompt. */
public enum ContradictionPolicy {
    /** Drop every pair on both sides: the evidence cancels. */
    DROP_BOTH,
    /** Keep the direction with the larger summed confidence; drop both when they are level. */
    KEEP_STRONGER
}
