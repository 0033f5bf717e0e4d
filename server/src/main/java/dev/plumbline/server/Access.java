package dev.plumbline.server;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.ApiKey;
import dev.plumbline.store.KeyStore;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Decides which project a request acts on. With keys configured, a request needs {@code
 * Authorization: Bearer pl_...} with the scope the route asks for, and acts only on that key's
 * project. With no key at all in the store (a fresh embedded install), requests from loopback act
 * on project {@code default}; anything else is refused.
 */
final class Access {
    private final KeyStore keys;
    private final boolean openWhenNoKeys;

    Access(KeyStore keys, boolean openWhenNoKeys) {
        this.keys = keys;
        this.openWhenNoKeys = openWhenNoKeys;
    }

    /** Thrown for a missing or wrong key (401) or a key without the needed scope (403). */
    static final class Denied extends PlumblineException {
        final int status;

        Denied(int status, String message) {
            super(ErrorType.INVALID_INPUT, message);
            this.status = status;
        }
    }

    ProjectId require(Context ctx, Scope scope) {
        Optional<String> token = token(ctx);
        if (token.isEmpty()) {
            // A browser with an annotation session is an annotator's, never the local operator's:
            // it gets no key-free access to ingest, stats or exports.
            boolean annotatorBrowser = ctx.cookie(AnnotationRoutes.SESSION_COOKIE) != null;
            if (openWhenNoKeys && !annotatorBrowser && !keys.any() && loopback(ctx)) {
                return ProjectId.DEFAULT;
            }
            throw new Denied(401, "an API key is required: send 'Authorization: Bearer pl_...'"
                    + " (create one with: plumbline keys create --project NAME --scope " + scope.wireName() + ")");
        }
        ApiKey key = keys.authenticate(token.get())
                .orElseThrow(() -> new Denied(401, "the API key is unknown, malformed or revoked"));
        if (!key.allows(scope)) {
            throw new Denied(403, "this key lacks the '" + scope.wireName() + "' scope");
        }
        return key.project();
    }

    /** Who a request acts as, for audit logs: {@code key:<key id>}, or {@code local} on an open loopback install. */
    String actor(Context ctx) {
        return token(ctx).flatMap(keys::authenticate).map(key -> "key:" + key.keyId()).orElse("local");
    }

    private static Optional<String> token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(ctx.header("X-Plumbline-Key"));
    }

    private static boolean loopback(Context ctx) {
        String ip = ctx.req().getRemoteAddr();
        return ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1") || ip.equals("::1") || ip.startsWith("127.");
    }
}
