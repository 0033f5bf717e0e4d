package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The judge audit over a set of records: the reference used, how many pairs it covered, and one
 * report per judge (sorted by judge id). {@code passed} is false when any judge fails its gate.
 */
public record JudgeAuditReport(Reference reference, int referenceSubjects, List<JudgeReport> judges, boolean passed) {
    public JudgeAuditReport {
        requireNonNull(reference, "reference is null");
        judges = List.copyOf(requireNonNull(judges, "judges is null"));
    }
}
