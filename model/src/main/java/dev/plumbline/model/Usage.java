package dev.plumbline.model;

/** Token usage of one model call, when the caller reported it. */
public record Usage(long inputTokens, long outputTokens) {
    public Usage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw PlumblineException.invalidInput("token counts must not be negative");
        }
    }
}
