package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The releases a series runs over, in release order: by date (undated last), then by key. Keys are
 * unique. Declared releases win over inferred ones, so a registry file can add a teacher or a ship
 * date to a release first seen in traffic. Immutable.
 */
public record ReleaseRegistry(List<Release> releases) {
    private static final Comparator<Release> ORDER = Comparator
            .comparing((Release r) -> r.date().orElse(LocalDate.MAX))
            .thenComparing(Release::key);

    public ReleaseRegistry {
        requireNonNull(releases, "releases is null");
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(ORDER);
        releases = List.copyOf(sorted);
        long distinct = releases.stream().map(Release::key).distinct().count();
        if (distinct != releases.size()) {
            throw PlumblineException.invalidInput("release keys must be unique; a release is declared twice");
        }
    }

    /** One release per model version seen in interactions, dated by its first interaction (UTC). */
    public static ReleaseRegistry inferFrom(List<? extends Record> records) {
        Map<String, Release> seen = new LinkedHashMap<>();
        for (Record record : records) {
            if (record instanceof Interaction interaction) {
                LocalDate day = LocalDate.ofInstant(interaction.ts(), ZoneOffset.UTC);
                Release candidate = Release.seen(interaction.model(), day);
                seen.merge(candidate.key(), candidate, ReleaseRegistry::earlier);
            }
        }
        return new ReleaseRegistry(List.copyOf(seen.values()));
    }

    /** This registry's releases, plus inferred ones it does not declare. */
    public ReleaseRegistry mergedWith(ReleaseRegistry inferred) {
        Map<String, Release> byKey = new LinkedHashMap<>();
        inferred.releases.forEach(r -> byKey.put(r.key(), r));
        releases.forEach(r -> byKey.put(r.key(), r));
        return new ReleaseRegistry(List.copyOf(byKey.values()));
    }

    public Optional<Release> find(String key) {
        return releases.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /**
     * The release of the same product line (model name) shipped just before the given one, if any:
     * "release over release" compares a line with itself, never one line with another.
     */
    public Optional<Release> previous(String key) {
        Optional<Release> current = find(key);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Release found = null;
        for (Release release : releases) {
            if (release.key().equals(key)) {
                return Optional.ofNullable(found);
            }
            if (release.name().equals(current.get().name())) {
                found = release;
            }
        }
        return Optional.empty();
    }

    public List<String> keys() {
        return releases.stream().map(Release::key).toList();
    }

    private static Release earlier(Release a, Release b) {
        return ORDER.compare(a, b) <= 0 ? a : b;
    }
}
