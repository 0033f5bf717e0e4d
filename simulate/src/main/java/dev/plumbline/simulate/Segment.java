package dev.plumbline.simulate;

/**
 * Customer segments. They differ in satisfaction (enterprise users are hardest to please), in how
 * often the product prompts them for a thumbs, and in how willing they are to click one unprompted.
 */
enum Segment {
    FREE("free", 0.6, 0.2, 0.25, 1.0),
    PRO("pro", 0.3, 0.0, 0.10, 1.6),
    ENTERPRISE("enterprise", 0.1, -0.5, 0.04, 0.6);

    private final String wireName;
    private final double share;
    private final double satisfactionEffect;
    private final double promptPropensity;
    private final double vocalFactor;

    Segment(String wireName, double share, double satisfactionEffect, double promptPropensity, double vocalFactor) {
        this.wireName = wireName;
        this.share = share;
        this.satisfactionEffect = satisfactionEffect;
        this.promptPropensity = promptPropensity;
        this.vocalFactor = vocalFactor;
    }

    String wireName() {
        return wireName;
    }

    double satisfactionEffect() {
        return satisfactionEffect;
    }

    double promptPropensity() {
        return promptPropensity;
    }

    double vocalFactor() {
        return vocalFactor;
    }

    static Segment draw(double uniform) {
        return uniform < FREE.share ? FREE : uniform < FREE.share + PRO.share ? PRO : ENTERPRISE;
    }
}
