package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * API keys in SQL. A token is {@code pl_<keyId>_<secret>}; only SHA-256 of the 256-bit random secret
 * is stored (a slow KDF adds nothing for secrets of that entropy), compared in constant time.
 */
final class JdbcKeyStore implements KeyStore {
    /** Opens a connection the caller closes. */
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code pl_}, 12 hex digits of key id, {@code _}, 43 base64url characters of secret (256 bits). */
    private static final Pattern TOKEN = Pattern.compile("pl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private final ConnectionSource connections;

    JdbcKeyStore(ConnectionSource connections, String dialect) {
        this.connections = connections;
    }

    @Override
    public CreatedKey create(ProjectId project, String name, Set<Scope> scopes) {
        if (scopes.isEmpty()) {
            throw PlumblineException.invalidInput("a key needs at least one scope: ingest, annotate or admin");
        }
        String keyId = HexFormat.of().formatHex(random(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(keyId, project, name, scopes, now, false);
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_keys (key_id, project, name, scopes, secret_hash, created_us) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, keyId);
            s.setString(2, project.value());
            s.setString(3, name);
            s.setString(4, scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(",")));
            s.setString(5, hash(secret));
            s.setLong(6, StoreLimits.micros(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not store the key: " + e.getMessage(), e);
        }
        return new CreatedKey(key, "pl_" + keyId + "_" + secret);
    }

    @Override
    public Optional<ApiKey> authenticate(String token) {
        // Only a well-formed token reaches the database: anything else (NUL included, which
        // PostgreSQL would answer with an error) is simply not a key.
        Matcher parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
                "SELECT key_id, project, name, scopes, created_us, revoked, secret_hash FROM api_keys WHERE key_id = ?")) {
            s.setString(1, parts.group(1));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean matches = MessageDigest.isEqual(hash(parts.group(2)).getBytes(StandardCharsets.US_ASCII),
                        rs.getString(7).getBytes(StandardCharsets.US_ASCII));
                ApiKey key = key(rs);
                return matches && !key.revoked() ? Optional.of(key) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not check the key: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ApiKey> list(ProjectId project) {
        List<ApiKey> keys = new ArrayList<>();
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
                "SELECT key_id, project, name, scopes, created_us, revoked FROM api_keys WHERE project = ? ORDER BY created_us, key_id")) {
            s.setString(1, project.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(key(rs));
                }
            }
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not list keys: " + e.getMessage(), e);
        }
        return keys;
    }

    @Override
    public boolean revoke(String keyId) {
        try (Connection c = connections.open();
                PreparedStatement s = c.prepareStatement("UPDATE api_keys SET revoked = true WHERE key_id = ?")) {
            s.setString(1, keyId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not revoke the key: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean revoke(ProjectId project, String keyId) {
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
                "UPDATE api_keys SET revoked = true WHERE key_id = ? AND project = ?")) {
            s.setString(1, keyId);
            s.setString(2, project.value());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not revoke the key: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean any() {
        try (Connection c = connections.open();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM api_keys WHERE NOT revoked");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not read keys: " + e.getMessage(), e);
        }
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        Set<Scope> scopes = Arrays.stream(rs.getString(4).split(",")).map(Scope::fromWire)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return new ApiKey(rs.getString(1), new ProjectId(rs.getString(2)), rs.getString(3), scopes,
                Instant.EPOCH.plus(rs.getLong(5), ChronoUnit.MICROS), rs.getBoolean(6));
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is missing from this JVM", e);
        }
    }
}
