package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The judge audit over a set of records: the reference used, how many pairs it covered, and one
 * report per judge (sorted by judge id). {@code passed} is false when any judge fails its gate.
 * {@code assistedExcluded} counts the annotators' labels left out of the human reference and the
 * human ceiling because the annotator saw a draft ({@code saw_draft}).
 */
public record JudgeAuditReport(Reference reference, int referenceSubjects, List<JudgeReport> judges, boolean passed,
        int assistedExcluded) {
    public JudgeAuditReport {
        requireNonNull(reference, "reference is null");
        judges = List.copyOf(requireNonNull(judges, "judges is null"));
        if (assistedExcluded < 0) {
            throw new IllegalArgumentException("assistedExcluded must not be negative, was " + assistedExcluded);
        }
    }

    /** A report from labels none of which saw a draft. */
    public JudgeAuditReport(Reference reference, int referenceSubjects, List<JudgeReport> judges, boolean passed) {
        this(reference, referenceSubjects, judges, passed, 0);
    }
}
