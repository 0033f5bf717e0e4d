package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys, stored hashed: the secret is shown once at creation and never stored. Thread-safe.
 */
public interface KeyStore {
    /** A new key; {@code token} is the only time the secret is seen. */
    record CreatedKey(ApiKey key, String token) {
    }

    CreatedKey create(ProjectId project, String name, Set<Scope> scopes);

    /** The key a presented token belongs to, if it is valid and not revoked. */
    Optional<ApiKey> authenticate(String token);

    List<ApiKey> list(ProjectId project);

    /** Revokes a key whatever its project (for local administration); false if no such key exists. */
    boolean revoke(String keyId);

    /** Revokes one of the project's keys; false if the project has no key with that id. */
    boolean revoke(ProjectId project, String keyId);

    boolean any();
}
