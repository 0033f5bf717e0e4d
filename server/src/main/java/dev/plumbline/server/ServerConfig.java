package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.Duration;

/**
 * How the HTTP service runs: port (0 picks a free one), the largest body and batch it accepts,
 * whether an empty key store means open access (loopback development) or nothing at all, and how
 * often the background miner looks for new records ({@code mineEvery}; zero turns it off).
 */
public record ServerConfig(int port, long maxBodyBytes, int maxRecordsPerBatch, int maxQueuedRecords, boolean openWhenNoKeys,
        Duration mineEvery) {
    public ServerConfig {
        requireNonNull(mineEvery, "mineEvery is null");
        if (mineEvery.isNegative()) {
            throw PlumblineException.invalidInput("the mining interval must not be negative, was " + mineEvery);
        }
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
        return new ServerConfig(7070, 16L * 1024 * 1024, 10_000, 200_000, true, Duration.ofSeconds(60));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, maxBodyBytes, maxRecordsPerBatch, maxQueuedRecords, openWhenNoKeys, mineEvery);
    }

    public ServerConfig withMineEvery(Duration every) {
        return new ServerConfig(port, maxBodyBytes, maxRecordsPerBatch, maxQueuedRecords, openWhenNoKeys, every);
    }

    public ServerConfig withLimits(long newMaxBodyBytes, int newMaxRecords, int newMaxQueued) {
        return new ServerConfig(port, newMaxBodyBytes, newMaxRecords, newMaxQueued, openWhenNoKeys, mineEvery);
    }
}
