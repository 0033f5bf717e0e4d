package dev.plumbline.judging;

import dev.plumbline.model.Usage;

/**
 * What one judge run spent: calls made, calls failed, tokens the server reported, and their cost at
 * the run's prices ({@code callsWithoutUsage} answers reported none, so a zero cost is not mistaken for free).
 */
public record JudgeUsage(int calls, int failures, long inputTokens, long outputTokens, int callsWithoutUsage, double cost) {
    public static final JudgeUsage NONE = new JudgeUsage(0, 0, 0, 0, 0, 0);

    JudgeUsage plusCall(Usage usage, double callCost) {
        boolean reported = usage.inputTokens() + usage.outputTokens() > 0;
        return new JudgeUsage(calls + 1, failures, inputTokens + usage.inputTokens(), outputTokens + usage.outputTokens(),
                callsWithoutUsage + (reported ? 0 : 1), cost + callCost);
    }

    JudgeUsage plusFailure() {
        return new JudgeUsage(calls + 1, failures + 1, inputTokens, outputTokens, callsWithoutUsage, cost);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
