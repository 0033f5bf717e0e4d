package dev.plumbline.judging;

import dev.plumbline.model.Actor;
import dev.plumbline.model.PlumblineException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic judge label ids: a hash of judge, template, round, subject and order, so re-running
 * the same judge on the same items yields the same ids and the store reports duplicates, not copies.
 */
final class LabelIds {
    private LabelIds() {
    }

    static String of(Actor actor, JudgeRunConfig config, String subject, List<String> order) {
        String key = String.join("\u0000", actor.id().orElse("judge"), config.template().id(), config.round().orElse(""),
                subject, String.join("\u0001", order));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "judge-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is missing from this JVM", e);
        }
    }
}
