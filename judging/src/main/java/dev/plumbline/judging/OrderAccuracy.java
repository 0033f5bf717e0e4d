package dev.plumbline.judging;

/** How often a judge matched the reference in one presentation order: {@code correct} of {@code n} (unparsed counts as wrong). */
public record OrderAccuracy(int correct, int n, double accuracy) {
    static OrderAccuracy of(int correct, int n) {
        return new OrderAccuracy(correct, n, n == 0 ? Double.NaN : (double) correct / n);
    }
}
