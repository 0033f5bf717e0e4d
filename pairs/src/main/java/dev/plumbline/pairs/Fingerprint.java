package dev.plumbline.pairs;

import dev.plumbline.model.PlumblineException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 128 bits of the SHA-256 of some texts: a small, collision-safe key for sets over millions of
 * pairs, where keeping the texts themselves would not fit in memory.
 */
record Fingerprint(long high, long low) {
    static Fingerprint of(String... texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            return new Fingerprint(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is not available", e);
        }
    }
}
