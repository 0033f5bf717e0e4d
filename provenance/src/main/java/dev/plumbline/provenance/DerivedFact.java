package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.Map;

/**
 * A fact derived from records: a preference pair, a dataset item or an eval item. Its sources are
 * those of the derivation's provenance; {@code roles} says which source plays which part ({@code
 * chosen}, {@code rejected}, {@code prompt}, {@code reference}, ...: the texts the fact is made of);
 * a source without a role is evidence (a label, a signal). {@code filteredBy} lists the runs that
 * kept it, such as a judge-based quality filter.
 */
public record DerivedFact(String id, FactKind kind, Derivation derivedBy, Map<String, String> roles,
                          List<Derivation> filteredBy) {
    public DerivedFact {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(derivedBy, "derivedBy is null");
        roles = Map.copyOf(requireNonNull(roles, "roles is null"));
        filteredBy = List.copyOf(requireNonNull(filteredBy, "filteredBy is null"));
        for (String source : roles.keySet()) {
            if (!derivedBy.provenance().sources().contains(source)) {
                throw PlumblineException.invalidInput("fact " + id + " gives a role to " + source
                        + ", which is not among its provenance sources " + derivedBy.provenance().sources());
            }
        }
    }

    public List<String> sources() {
        return derivedBy.provenance().sources();
    }
}
