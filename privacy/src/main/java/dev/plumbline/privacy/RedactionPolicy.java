package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a project redacts: which built-in types are on and its custom patterns. The default,
 * {@link #ALL_ON}, redacts every built-in type. Immutable.
 */
public record RedactionPolicy(Set<PiiType> types, List<CustomPattern> custom) {
    public static final RedactionPolicy ALL_ON = new RedactionPolicy(EnumSet.allOf(PiiType.class), List.of());

    public RedactionPolicy {
        requireNonNull(types, "types is null");
        requireNonNull(custom, "custom is null");
        types = types.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(PiiType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(types));
        custom = List.copyOf(custom);
        Set<String> names = new HashSet<>();
        for (CustomPattern pattern : custom) {
            if (!names.add(pattern.name())) {
                throw PlumblineException.invalidInput("custom pattern " + pattern.name() + " is defined twice");
            }
        }
    }

    public RedactionPolicy withTypes(Set<PiiType> newTypes) {
        return new RedactionPolicy(newTypes, custom);
    }

    public RedactionPolicy withCustom(List<CustomPattern> newCustom) {
        return new RedactionPolicy(types, newCustom);
    }

    /** True when nothing at all would be redacted. */
    public boolean off() {
        return types.isEmpty() && custom.isEmpty();
    }

    /** A one-line statement of the policy for a dataset card or manifest, e.g. {@code EMAIL,PHONE; custom: ORDER=...}. */
    public String describe() {
        String on = types.isEmpty() ? "none" : types.stream().map(PiiType::name).collect(Collectors.joining(","));
        if (custom.isEmpty()) {
            return on;
        }
        return on + "; custom: " + custom.stream().map(CustomPattern::spec).collect(Collectors.joining(" "));
    }
}
