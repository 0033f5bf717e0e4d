package dev.plumbline.stats;

/** The measurement level Krippendorff's alpha assumes, which decides its distance between categories. */
public enum AlphaLevel {
    /** Categories are only equal or different. */
    NOMINAL,
    /** Categories are ranked; the distance grows with how many labels lie between them. */
    ORDINAL,
    /** Categories are numbers; the distance is the squared difference. */
    INTERVAL
}
