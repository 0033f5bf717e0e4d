package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies stateless feedback tokens: {@code pft1.<payload>.<signature>}, where the
 * payload is base64url JSON {@code {"p": project, "interaction_id"|"session_id": id, "exp": epoch
 * seconds, "n": nonce}} and the signature its HMAC-SHA256 under the server secret. Nothing is
 * stored per token, so any server holding the secret verifies it; replaying a token within its
 * lifetime can only post feedback for its own scope, and feedback ids keep each record written
 * once. Thread-safe.
 */
public final class FeedbackTokens {
    static final String PREFIX = "pft1.";

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FeedbackTokens(FeedbackConfig config, Clock clock) {
        this.key = new SecretKeySpec(config.secretBytes(), "HmacSHA256");
        this.clock = clock;
    }

    /** A token as handed out, and what it grants. */
    public record Issued(String token, FeedbackToken content) {
    }

    /** A token for the scope in the project, valid for {@code ttl} from now (to the second). */
    public Issued issue(ProjectId project, FeedbackScope scope, Duration ttl) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.put("p", project.value());
        payload.put(scope.kind().field(), scope.id());
        Instant expiresAt = Instant.ofEpochSecond(clock.instant().plus(ttl).getEpochSecond());
        payload.put("exp", expiresAt.getEpochSecond());
        payload.put("n", base64(nonce));
        String body = base64(payload.toString().getBytes(StandardCharsets.UTF_8));
        return new Issued(PREFIX + body + "." + base64(sign(body)),
                new FeedbackToken(project, scope, expiresAt, base64(nonce)));
    }

    /** Whether the string has the shape of a feedback token (not whether it is valid). */
    static boolean looksLikeToken(String value) {
        return value.startsWith(PREFIX);
    }

    /**
     * The token's content if its signature is right and it has not expired.
     *
     * @throws Access.Denied 401 for a malformed, forged or expired token
     */
    public FeedbackToken verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !token.startsWith(PREFIX)) {
            throw new Access.Denied(401, "the feedback token is malformed: expected pft1.<payload>.<signature>");
        }
        if (!MessageDigest.isEqual(sign(parts[1]), unbase64(parts[2]))) {
            throw new Access.Denied(401, "the feedback token's signature is wrong (forged, altered, or from another server secret)");
        }
        FeedbackToken verified = content(unbase64(parts[1]));
        if (!clock.instant().isBefore(verified.expiresAt())) {
            throw new Access.Denied(401, "the feedback token expired at " + verified.expiresAt()
                    + ": ask the product's server for a new one");
        }
        return verified;
    }

    private static FeedbackToken content(byte[] json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            FeedbackScope scope = node.hasNonNull("session_id") ? FeedbackScope.session(node.get("session_id").asText())
                    : FeedbackScope.interaction(node.path("interaction_id").asText());
            return new FeedbackToken(new ProjectId(node.path("p").asText()), scope,
                    Instant.ofEpochSecond(node.path("exp").asLong()), node.path("n").asText());
        } catch (IOException | PlumblineException e) {
            // only reachable with a valid signature, i.e. a token this server made: still, refuse
            throw new Access.Denied(401, "the feedback token's payload is unreadable");
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw PlumblineException.internal("HMAC-SHA256 is unavailable in this JVM", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unbase64(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new Access.Denied(401, "the feedback token is malformed: not base64url");
        }
    }
}
