package dev.plumbline.annotation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Seeded, platform-independent hashing: every "random" choice here is a hash, so it is reproducible. */
final class Hashing {
    private Hashing() {
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String hex(String text, int characters) {
        return HexFormat.of().formatHex(sha256(text)).substring(0, characters);
    }

    /** A uniform draw in [0, 1) determined by the seed and the parts. */
    static double unit(long seed, String... parts) {
        byte[] digest = sha256(seed + "\u0000" + String.join("\u0000", parts));
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        return (bits >>> 3) / (double) (1L << 53);
    }
}
