package dev.plumbline.server;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps how many records one feedback token may post to this server over its lifetime, so a token
 * lifted from a page cannot flood its interaction with feedback. Tokens are told apart by their
 * nonce; entries of expired tokens are dropped once many have gathered. Per server process, not
 * shared between servers. Thread-safe.
 */
final class TokenBudget {
    private record Spent(long records, long expiresAtSecond) {
    }

    private final long limit;
    private final Clock clock;
    private final ConcurrentHashMap<String, Spent> spent = new ConcurrentHashMap<>();

    TokenBudget(long limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    long limit() {
        return limit;
    }

    /** Spends {@code records} of the token's budget; false (and nothing spent) if they do not fit. */
    boolean take(FeedbackToken token, int records) {
        forgetExpired();
        boolean[] refused = {false};
        spent.compute(token.nonce(), (nonce, before) -> {
            long already = before == null ? 0 : before.records();
            if (already + records > limit) {
                refused[0] = true;
                return before;
            }
            return new Spent(already + records, token.expiresAt().getEpochSecond());
        });
        return !refused[0];
    }

    private void forgetExpired() {
        if (spent.size() > 10_000) {
            long now = clock.instant().getEpochSecond();
            spent.values().removeIf(entry -> entry.expiresAtSecond() <= now);
        }
    }
}
