package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.stats.Bootstrap;
import dev.plumbline.stats.DawidSkene;
import java.util.Set;

/**
 * How to run the agreement audit: whose labels count as raters (annotators by default), whether
 * gold labels join them, whether labels given with a draft in view ({@code saw_draft}) do (not by
 * default: anchored on the same draft, they agree with each other through it), the Dawid–Skene
 * posterior below which a subject goes to adjudication, and the bootstrap and EM settings.
 */
public record AgreementAuditOptions(Set<ActorRole> roles, boolean includeGold, boolean includeAssisted,
        double adjudicationThreshold, Bootstrap bootstrap, DawidSkene dawidSkene) {
    public static final AgreementAuditOptions DEFAULT = new AgreementAuditOptions(Set.of(ActorRole.ANNOTATOR), false, false,
            0.9, Bootstrap.DEFAULT, DawidSkene.DEFAULT);

    public AgreementAuditOptions {
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(bootstrap, "bootstrap is null");
        requireNonNull(dawidSkene, "dawidSkene is null");
        if (roles.isEmpty()) {
            throw PlumblineException.invalidInput("the agreement audit needs at least one actor role to count as raters");
        }
        if (!(adjudicationThreshold > 0 && adjudicationThreshold <= 1)) {
            throw PlumblineException.invalidInput("adjudicationThreshold must be in (0, 1], was " + adjudicationThreshold);
        }
    }

    public AgreementAuditOptions withBootstrap(Bootstrap newBootstrap) {
        return new AgreementAuditOptions(roles, includeGold, includeAssisted, adjudicationThreshold, newBootstrap, dawidSkene);
    }

    public AgreementAuditOptions withAssisted(boolean include) {
        return new AgreementAuditOptions(roles, includeGold, include, adjudicationThreshold, bootstrap, dawidSkene);
    }
}
