package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How browser feedback is accepted: the HMAC-SHA256 secret that signs feedback tokens (base64, at
 * least 32 bytes), the default and longest token lifetime, and the page origins allowed to post
 * ({@code *} for any: the token, not the origin, is the credential, and no cookies are used).
 * Servers sharing one PostgreSQL database must share the secret. {@link #toString()} redacts it.
 */
public record FeedbackConfig(String secret, Duration defaultTtl, Duration maxTtl, List<String> allowedOrigins) {
    /** The secret's file name in the data directory. */
    public static final String SECRET_FILE = "feedback-token.secret";
    /** An environment variable that, when set, overrides the secret file (base64). */
    public static final String SECRET_ENV = "PLUMBLINE_FEEDBACK_SECRET";

    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[^/\\s]+");
    private static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final Duration MAX_TTL = Duration.ofHours(24);

    public FeedbackConfig {
        requireNonNull(secret, "secret is null");
        requireNonNull(defaultTtl, "defaultTtl is null");
        requireNonNull(maxTtl, "maxTtl is null");
        allowedOrigins = List.copyOf(requireNonNull(allowedOrigins, "allowedOrigins is null"));
        if (decode(secret).length < 32) {
            throw PlumblineException.invalidInput("the feedback token secret must be base64 of at least 32 bytes");
        }
        if (defaultTtl.toSeconds() < 1 || defaultTtl.compareTo(maxTtl) > 0) {
            throw PlumblineException.invalidInput("token lifetimes must be at least 1 s, the default at most the longest");
        }
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw PlumblineException.invalidInput("allowed origin '" + origin
                        + "' is invalid: use '*' or scheme://host[:port], such as https://app.example.com");
            }
        }
    }

    /** A fresh random secret held only in memory: tokens die with the process. For tests and one-off runs. */
    public static FeedbackConfig ephemeral() {
        return new FeedbackConfig(randomSecret(), DEFAULT_TTL, MAX_TTL, List.of("*"));
    }

    /**
     * The secret from {@value #SECRET_ENV} if set, else from {@value #SECRET_FILE} in the data
     * directory, created (owner-only) on first use, so tokens survive restarts.
     */
    public static FeedbackConfig loadOrCreate(Path dataDirectory) {
        String fromEnv = System.getenv(SECRET_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new FeedbackConfig(fromEnv.trim(), DEFAULT_TTL, MAX_TTL, List.of("*"));
        }
        return new FeedbackConfig(secretFile(dataDirectory.resolve(SECRET_FILE)), DEFAULT_TTL, MAX_TTL, List.of("*"));
    }

    public FeedbackConfig withAllowedOrigins(List<String> origins) {
        return new FeedbackConfig(secret, defaultTtl, maxTtl, origins);
    }

    public FeedbackConfig withTtl(Duration newDefault, Duration newMax) {
        return new FeedbackConfig(secret, newDefault, newMax, allowedOrigins);
    }

    byte[] secretBytes() {
        return decode(secret);
    }

    boolean allows(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }

    @Override
    public String toString() {
        return "FeedbackConfig[secret=<redacted>, defaultTtl=" + defaultTtl + ", maxTtl=" + maxTtl
                + ", allowedOrigins=" + allowedOrigins + "]";
    }

    private static byte[] decode(String secret) {
        try {
            return Base64.getDecoder().decode(secret.trim());
        } catch (IllegalArgumentException e) {
            throw PlumblineException.invalidInput("the feedback token secret is not base64: " + e.getMessage());
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String secretFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot read or create the feedback token secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another process created it first: use theirs
        }
        Files.writeString(file, randomSecret() + "\n", StandardCharsets.US_ASCII);
    }
}
