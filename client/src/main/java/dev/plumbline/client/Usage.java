package dev.plumbline.client;

/** Token counts of one model call. Immutable. */
public record Usage(long inputTokens, long outputTokens) {
    public Usage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative, were " + inputTokens + " and "
                    + outputTokens);
        }
    }
}
