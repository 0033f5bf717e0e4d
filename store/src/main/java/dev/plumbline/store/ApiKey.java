package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.time.Instant;
import java.util.Set;

/** A stored API key without its secret: which project it belongs to and what it may do. */
public record ApiKey(String keyId, ProjectId project, String name, Set<Scope> scopes, Instant createdAt, boolean revoked) {
    public ApiKey {
        requireNonNull(keyId, "keyId is null");
        requireNonNull(project, "project is null");
        requireNonNull(name, "name is null");
        scopes = Set.copyOf(scopes);
        requireNonNull(createdAt, "createdAt is null");
    }

    public boolean allows(Scope scope) {
        return !revoked && (scopes.contains(scope) || scopes.contains(Scope.ADMIN));
    }
}
