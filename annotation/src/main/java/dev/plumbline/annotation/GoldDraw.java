package dev.plumbline.annotation;

/**
 * Whether an annotator's n-th take should be a gold (known-answer) item: a seeded draw at the
 * queue's gold rate, so each annotator meets gold items at that rate, unpredictably but reproducibly.
 */
public final class GoldDraw {
    private GoldDraw() {
    }

    public static boolean gold(long seed, String annotator, long take, double rate) {
        return rate > 0 && Hashing.unit(seed, "gold", annotator, Long.toString(take)) < rate;
    }
}
