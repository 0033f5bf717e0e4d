package dev.plumbline.testing;

/** Decides the test server's reply to one request; called concurrently, so it must be thread-safe. */
@FunctionalInterface
public interface Responder {
    Reply reply(ChatRequest request);
}
