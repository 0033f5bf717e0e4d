package dev.plumbline.llm;

import dev.plumbline.model.Usage;

/** Thread-safe running totals behind {@link RunUsage}. */
final class UsageMeter {
    private final Prices prices;
    private RunUsage total = RunUsage.NONE;

    UsageMeter(Prices prices) {
        this.prices = prices;
    }

    synchronized void success(Usage usage, boolean reported) {
        total = new RunUsage(total.calls() + 1, total.failures(), total.retries(),
                total.inputTokens() + usage.inputTokens(), total.outputTokens() + usage.outputTokens(),
                total.callsWithoutUsage() + (reported ? 0 : 1), total.cost() + prices.cost(usage));
    }

    synchronized void failure() {
        total = new RunUsage(total.calls() + 1, total.failures() + 1, total.retries(), total.inputTokens(),
                total.outputTokens(), total.callsWithoutUsage(), total.cost());
    }

    synchronized void retry() {
        total = new RunUsage(total.calls(), total.failures(), total.retries() + 1, total.inputTokens(),
                total.outputTokens(), total.callsWithoutUsage(), total.cost());
    }

    synchronized RunUsage snapshot() {
        return total;
    }
}
