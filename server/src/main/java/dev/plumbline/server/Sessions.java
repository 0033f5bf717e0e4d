package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.store.Account;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web sessions, in memory: a random 256-bit token (the cookie) maps to the account and a CSRF token
 * of its own. Sessions end at logout or after eight hours; a server restart ends them all. Thread-safe.
 */
final class Sessions {
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** A logged-in account with the CSRF token its state-changing requests must carry. */
    record Session(String token, Account account, String csrf, Instant expiresAt) {
        Session {
            requireNonNull(token, "token is null");
            requireNonNull(account, "account is null");
            requireNonNull(csrf, "csrf is null");
            requireNonNull(expiresAt, "expiresAt is null");
        }
    }

    Session open(Account account) {
        Session session = new Session(token(), account, token(), Instant.now().plus(LIFETIME));
        sessions.put(session.token(), session);
        return session;
    }

    Optional<Session> find(String token) {
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expiresAt().isBefore(Instant.now())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void close(String token) {
        sessions.remove(token);
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
