package dev.plumbline.simulate;

/**
 * How users use the product. Sessions go to the control line with probability {@code
 * controlShare} and to the teacher with {@code teacherShare}, else to the main line. A share {@code
 * promptedArmShare} of users (chosen at random) is in the feedback-prompt experiment: they are asked
 * for a thumbs with a logged propensity and answer with probability {@code promptAnswerRate}; the
 * others only click thumbs when they feel like it (the self-selected minority). {@code sideBySideRate}
 * of turns show two answers side by side (the current release against the previous one, or the
 * teacher with probability {@code teacherComparisonShare}). {@code baseSatisfaction} is the logit
 * of satisfaction before user, segment, feature and release effects.
 */
public record TrafficSetup(
        double sessionsPerUserPerWeek,
        double controlShare,
        double teacherShare,
        double promptedArmShare,
        double promptAnswerRate,
        double sideBySideRate,
        double teacherComparisonShare,
        double baseSatisfaction) {
    public TrafficSetup {
        if (!(sessionsPerUserPerWeek > 0 && sessionsPerUserPerWeek <= 50)) {
            throw dev.plumbline.model.PlumblineException.invalidInput(
                    "sessionsPerUserPerWeek must be in (0, 50], was " + sessionsPerUserPerWeek);
        }
        JudgeSetup.probability("controlShare", controlShare);
        JudgeSetup.probability("teacherShare", teacherShare);
        JudgeSetup.probability("controlShare + teacherShare", controlShare + teacherShare);
        JudgeSetup.probability("promptedArmShare", promptedArmShare);
        JudgeSetup.probability("promptAnswerRate", promptAnswerRate);
        JudgeSetup.probability("sideBySideRate", sideBySideRate);
        JudgeSetup.probability("teacherComparisonShare", teacherComparisonShare);
    }

    public static TrafficSetup defaults() {
        return new TrafficSetup(2.0, 0.2, 0.1, 0.3, 0.5, 0.06, 0.25, 0.9);
    }
}
