package dev.plumbline.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registered eval sets by name, each a list of immutable versions. Registering content that
 * equals the latest version's (same hash) returns that version; different content becomes the
 * next version. Nothing is ever replaced. Thread-safe.
 */
public final class EvalSetCatalog {
    private final Map<String, List<EvalSet>> versions = new HashMap<>();

    public synchronized EvalSet register(String name, List<EvalItem> items) {
        List<EvalSet> existing = versions.computeIfAbsent(name, key -> new ArrayList<>());
        String hash = EvalSet.hash(items);
        if (!existing.isEmpty() && existing.get(existing.size() - 1).contentHash().equals(hash)) {
            return existing.get(existing.size() - 1);
        }
        EvalSet created = new EvalSet(name, existing.size() + 1, items, hash);
        existing.add(created);
        return created;
    }

    public synchronized Optional<EvalSet> latest(String name) {
        List<EvalSet> existing = versions.getOrDefault(name, List.of());
        return existing.isEmpty() ? Optional.empty() : Optional.of(existing.get(existing.size() - 1));
    }

    public synchronized Optional<EvalSet> version(String name, int version) {
        List<EvalSet> existing = versions.getOrDefault(name, List.of());
        return version >= 1 && version <= existing.size() ? Optional.of(existing.get(version - 1)) : Optional.empty();
    }

    public synchronized List<String> names() {
        return versions.keySet().stream().sorted().toList();
    }
}
