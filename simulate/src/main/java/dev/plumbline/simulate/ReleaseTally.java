package dev.plumbline.simulate;

import java.util.Optional;

/** Running counts for one release while a run generates; turned into a {@link ReleaseTruth} at the end. Not thread-safe. */
final class ReleaseTally {
    private final Release release;
    private final Optional<Release> previous;
    private long interactions;
    private long satisfied;
    private long completionChars;
    private long sessions;
    private long retentionAnswers;
    private long retained;
    private long taskSuccess;
    private double judgeWins;
    private long judgeLabels;
    private long userWins;
    private long userChoices;

    ReleaseTally(Release release, Optional<Release> previous) {
        this.release = release;
        this.previous = previous;
    }

    void interaction(boolean wasSatisfied, int chars) {
        interactions++;
        satisfied += wasSatisfied ? 1 : 0;
        completionChars += chars;
    }

    void session(boolean succeeded) {
        sessions++;
        taskSuccess += succeeded ? 1 : 0;
    }

    void retention(boolean wasRetained) {
        retentionAnswers++;
        retained += wasRetained ? 1 : 0;
    }

    void judgeLabel(double currentWon) {
        judgeWins += currentWon;
        judgeLabels++;
    }

    void userChoice(boolean currentChosen) {
        userChoices++;
        userWins += currentChosen ? 1 : 0;
    }

    Optional<Release> previous() {
        return previous;
    }

    ReleaseTruth truth() {
        ReleaseSpec spec = release.spec();
        return new ReleaseTruth(release.key(), spec.line().name().toLowerCase(java.util.Locale.ROOT), spec.family(),
                release.start(), spec.teacherWeight(), spec.quality(), spec.retentionShift(), interactions,
                share(satisfied, interactions), share(completionChars, interactions), sessions,
                share(retained, retentionAnswers), share(taskSuccess, sessions), previous.map(Release::key),
                judgeLabels == 0 ? Optional.empty() : Optional.of(judgeWins / judgeLabels),
                userChoices == 0 ? Optional.empty() : Optional.of((double) userWins / userChoices));
    }

    static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
