package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One stored derived fact: its kind and id (unique per project and kind), when it was derived, the
 * user it concerns (so an erasure finds it even without a source), the ids it was derived from (v1
 * records or other derived facts) and a JSON body the capability that wrote it reads back. The store
 * does not interpret the body. {@code invalidatedBy} names the erasure that removed some of its
 * sources (a dataset to rebuild). Sources are kept once each, in order. Immutable.
 */
public record DerivedEntry(DerivedKind kind, String id, Instant created, Optional<String> userId, List<String> sources,
        String body, Optional<String> invalidatedBy) {
    public DerivedEntry {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(created, "created is null");
        requireNonNull(userId, "userId is null");
        sources = List.copyOf(new LinkedHashSet<>(requireNonNull(sources, "sources is null")));
        requireNonNull(body, "body is null");
        requireNonNull(invalidatedBy, "invalidatedBy is null");
        if (id.isBlank()) {
            throw PlumblineException.invalidInput("a derived " + kind.wireName() + " needs an id");
        }
        created = created.truncatedTo(ChronoUnit.MICROS);
    }

    /** A fact as a capability writes it: not invalidated. */
    public static DerivedEntry of(DerivedKind kind, String id, Instant created, Optional<String> userId,
            List<String> sources, String body) {
        return new DerivedEntry(kind, id, created, userId, sources, body, Optional.empty());
    }

    DerivedEntry withSources(List<String> newSources) {
        return new DerivedEntry(kind, id, created, userId, new ArrayList<>(newSources), body, invalidatedBy);
    }
}
