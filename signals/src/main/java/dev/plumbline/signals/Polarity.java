package dev.plumbline.signals;

/** Whether a signal speaks for the answer, against it, or neither. */
public enum Polarity {
    POSITIVE,
    NEGATIVE,
    NEUTRAL
}
