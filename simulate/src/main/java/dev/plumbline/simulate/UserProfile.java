package dev.plumbline.simulate;

import java.util.SplittableRandom;

/**
 * A simulated user's hidden traits: segment, how easy to please ({@code satisfactionOffset}, a
 * logit), how likely to click a thumbs unprompted ({@code vocalness}), whether they are in the
 * randomized feedback-prompt arm, and how active they are.
 */
record UserProfile(int index, Segment segment, double satisfactionOffset, double vocalness, boolean promptedArm,
        double sessionsPerWeek) {
    static UserProfile draw(int index, TrafficSetup traffic, SplittableRandom random) {
        Segment segment = Segment.draw(random.nextDouble());
        double offset = 0.6 * random.nextGaussian();
        double vocalness = random.nextDouble() < 0.2 ? 0.3 : 0.03;
        boolean prompted = random.nextDouble() < traffic.promptedArmShare();
        // log-normal activity with mean 1: a few heavy users, many light ones
        double activity = Math.exp(0.6 * random.nextGaussian() - 0.18);
        return new UserProfile(index, segment, offset, vocalness, prompted, traffic.sessionsPerUserPerWeek() * activity);
    }

    /** The logged probability that the product asks this user for a thumbs on a {@code feature} answer. */
    double promptPropensity(Feature feature) {
        // rounded as a product would configure it, so the logged value is exactly the one used
        return Math.min(1.0, Math.round(segment.promptPropensity() * feature.promptFactor() * 1e4) / 1e4);
    }
}
