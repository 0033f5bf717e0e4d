package dev.plumbline.simulate;

/**
 * The three model lines of the simulated product: the main assistant (whose releases drift toward
 * the teacher), a control line (whose releases do not) and the teacher itself, served to a small
 * share of traffic so that its voice is present in the data.
 */
public enum ReleaseLine {
    MAIN,
    CONTROL,
    TEACHER
}
