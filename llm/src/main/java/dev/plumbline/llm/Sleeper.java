package dev.plumbline.llm;

import java.time.Duration;

/** Waits between retries; a port so tests can record the back-off instead of sleeping through it. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
