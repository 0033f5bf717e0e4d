package dev.plumbline.llm;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Usage;

/** What a model costs per 1,000 input and per 1,000 output tokens, in one currency the caller chooses. */
public record Prices(double inputPer1k, double outputPer1k) {
    public static final Prices FREE = new Prices(0, 0);

    public Prices {
        if (!(inputPer1k >= 0) || !(outputPer1k >= 0) || Double.isInfinite(inputPer1k) || Double.isInfinite(outputPer1k)) {
            throw PlumblineException.invalidInput("prices must be finite and not negative, got " + inputPer1k + " and " + outputPer1k);
        }
    }

    /** The cost of one call's usage. */
    public double cost(Usage usage) {
        return usage.inputTokens() / 1000.0 * inputPer1k + usage.outputTokens() / 1000.0 * outputPer1k;
    }
}
