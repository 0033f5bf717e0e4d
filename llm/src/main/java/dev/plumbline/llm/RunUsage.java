package dev.plumbline.llm;

/**
 * Accounting of a client's calls so far: requests that succeeded or failed, HTTP attempts that
 * were retried, tokens, cost, and how many answers came without usage (so a cost of zero is never
 * mistaken for a free run).
 */
public record RunUsage(long calls, long failures, long retries, long inputTokens, long outputTokens,
        long callsWithoutUsage, double cost) {
    public static final RunUsage NONE = new RunUsage(0, 0, 0, 0, 0, 0, 0);

    /** The usage between an earlier snapshot and this one, for one run on a shared client. */
    public RunUsage minus(RunUsage earlier) {
        return new RunUsage(calls - earlier.calls, failures - earlier.failures, retries - earlier.retries,
                inputTokens - earlier.inputTokens, outputTokens - earlier.outputTokens,
                callsWithoutUsage - earlier.callsWithoutUsage, cost - earlier.cost);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
