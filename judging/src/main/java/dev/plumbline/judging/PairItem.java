package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.Map;

/**
 * Two answers to judge against each other: the record ids they come from (listed order: value A
 * means {@code firstId}), the conversation they answer, the answers, and reference answers if any.
 */
public record PairItem(String firstId, String secondId, List<Message> prompt, String firstAnswer, String secondAnswer,
        List<String> references) {
    public PairItem {
        requireNonNull(firstId, "firstId is null");
        requireNonNull(secondId, "secondId is null");
        prompt = List.copyOf(requireNonNull(prompt, "prompt is null"));
        requireNonNull(firstAnswer, "firstAnswer is null");
        requireNonNull(secondAnswer, "secondAnswer is null");
        references = List.copyOf(requireNonNull(references, "references is null"));
        if (firstId.equals(secondId)) {
            throw PlumblineException.invalidInput("a pair to judge needs two different ids, got " + firstId + " twice");
        }
    }

    /** Two stored interactions answering (by assumption) the same prompt: the first one's conversation is shown. */
    public static PairItem of(Interaction first, Interaction second) {
        return new PairItem(first.id(), second.id(), first.messages(), first.completion(), second.completion(), List.of());
    }

    public PairItem withReferences(List<String> newReferences) {
        return new PairItem(firstId, secondId, prompt, firstAnswer, secondAnswer, newReferences);
    }

    /** The template values with the two answers shown in the given order. */
    Map<String, String> values(boolean reversed) {
        return PromptValues.pair(prompt, reversed ? secondAnswer : firstAnswer, reversed ? firstAnswer : secondAnswer,
                references);
    }
}
