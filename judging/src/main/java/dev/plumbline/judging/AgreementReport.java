package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.Estimate;
import java.util.List;

/**
 * The agreement audit over labels several annotators gave on the same subjects: coefficients with
 * bootstrap intervals and interpretation bands, per annotator pair, per annotator, per guideline
 * version and per queue; majority and Dawid–Skene aggregation; and the subjects to adjudicate.
 * {@code assistedExcluded} counts the raters' labels left out because they were given with a draft
 * in view (see {@link AgreementAuditOptions#includeAssisted}).
 */
public record AgreementReport(int labels, int subjects, int pairableSubjects, List<String> annotators,
        List<String> categories, Estimate rawAgreement, Estimate fleissKappa, List<AlphaResult> alpha,
        List<PairAgreement> pairs, List<AnnotatorSummary> perAnnotator, List<GroupAgreement> byGuideline,
        List<GroupAgreement> byQueue, MajoritySummary majority, DawidSkeneSummary dawidSkene,
        List<Adjudication> adjudication, int assistedExcluded) {
    public AgreementReport {
        annotators = List.copyOf(annotators);
        categories = List.copyOf(categories);
        requireNonNull(rawAgreement, "rawAgreement is null");
        requireNonNull(fleissKappa, "fleissKappa is null");
        alpha = List.copyOf(alpha);
        pairs = List.copyOf(pairs);
        perAnnotator = List.copyOf(perAnnotator);
        byGuideline = List.copyOf(byGuideline);
        byQueue = List.copyOf(byQueue);
        requireNonNull(majority, "majority is null");
        requireNonNull(dawidSkene, "dawidSkene is null");
        adjudication = List.copyOf(adjudication);
        if (assistedExcluded < 0) {
            throw new IllegalArgumentException("assistedExcluded must not be negative, was " + assistedExcluded);
        }
    }
}
