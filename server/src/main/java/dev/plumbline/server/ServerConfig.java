package dev.plumbline.server;

import dev.plumbline.model.PlumblineException;

/**
 * How the HTTP service runs: port (0 picks a free one), the largest body and batch it accepts, and
 * whether an empty key store means open access (loopback development) or nothing at all.
 */
public record ServerConfig(int port, long maxBodyBytes, int maxRecordsPerBatch, int maxQueuedRecords, boolean openWhenNoKeys) {
    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw PlumblineException.invalidInput("port must be 0-65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw PlumblineException.invalidInput("max body size must be at least 1 KiB");
        }
        if (maxRecordsPerBatch < 1 || maxQueuedRecords < maxRecordsPerBatch) {
            throw PlumblineException.invalidInput("queue capacity must hold at least one full batch");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(7070, 16L * 1024 * 1024, 10_000, 200_000, true);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, maxBodyBytes, maxRecordsPerBatch, maxQueuedRecords, openWhenNoKeys);
    }

    public ServerConfig withLimits(long newMaxBodyBytes, int newMaxRecords, int newMaxQueued) {
        return new ServerConfig(port, newMaxBodyBytes, newMaxRecords, newMaxQueued, openWhenNoKeys);
    }
}
