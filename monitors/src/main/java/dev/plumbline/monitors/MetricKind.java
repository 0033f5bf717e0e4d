package dev.plumbline.monitors;

/** Whether a metric is a proxy the team optimises (judge, thumbs) or an outcome the product lives by. */
public enum MetricKind {
    PROXY,
    OUTCOME
}
