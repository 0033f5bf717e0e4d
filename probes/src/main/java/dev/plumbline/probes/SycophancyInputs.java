package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The items the sycophancy probes run on: questions (pushback and opinion probes), texts to rate,
 * items with human verdicts, and wrong-premise chains. An empty list skips that probe.
 */
public record SycophancyInputs(List<Question> questions, List<FeedbackItem> feedback, List<ReviewItem> reviews, List<Chain> chains) {
    public SycophancyInputs {
        questions = List.copyOf(requireNonNull(questions, "questions is null"));
        feedback = List.copyOf(requireNonNull(feedback, "feedback is null"));
        reviews = List.copyOf(requireNonNull(reviews, "reviews is null"));
        chains = List.copyOf(requireNonNull(chains, "chains is null"));
    }

    /** The project's own question, feedback, review and chain sets. */
    public static SycophancyInputs bundled() {
        return new SycophancyInputs(QuestionSets.bundled(), ProbeItems.bundledFeedback(), ProbeItems.bundledReviews(), ProbeItems.bundledChains());
    }

    public SycophancyInputs withQuestions(List<Question> value) {
        return new SycophancyInputs(value, feedback, reviews, chains);
    }

    public SycophancyInputs withFeedback(List<FeedbackItem> value) {
        return new SycophancyInputs(questions, value, reviews, chains);
    }

    public SycophancyInputs withReviews(List<ReviewItem> value) {
        return new SycophancyInputs(questions, feedback, value, chains);
    }

    public SycophancyInputs withChains(List<Chain> value) {
        return new SycophancyInputs(questions, feedback, reviews, value);
    }
}
