package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many occurrences of each type were replaced, by type name ({@code EMAIL}, ..., custom names),
 * sorted by name. Sum conversations' counts with {@link #plus} for a dataset's card and manifest.
 */
public record RedactionCounts(Map<String, Long> perType) {
    public static final RedactionCounts NONE = new RedactionCounts(Map.of());

    public RedactionCounts {
        requireNonNull(perType, "perType is null");
        perType.forEach((type, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("count of " + type + " is negative");
            }
        });
        perType = Collections.unmodifiableMap(new TreeMap<>(perType));
    }

    public RedactionCounts plus(RedactionCounts other) {
        Map<String, Long> sum = new TreeMap<>(perType);
        other.perType.forEach((type, count) -> sum.merge(type, count, Long::sum));
        return new RedactionCounts(sum);
    }

    public long of(String type) {
        return perType.getOrDefault(type, 0L);
    }

    public long of(PiiType type) {
        return of(type.name());
    }

    public long total() {
        return perType.values().stream().mapToLong(Long::longValue).sum();
    }
}
