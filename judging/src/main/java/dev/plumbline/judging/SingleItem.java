package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import java.util.List;
import java.util.Map;

/**
 * One answer to grade on a template's scale: the id of the record it comes from (an interaction or
 * an eval item), the conversation it answers, the answer, and reference answers if any.
 */
public record SingleItem(String id, List<Message> prompt, String answer, List<String> references) {
    public SingleItem {
        requireNonNull(id, "id is null");
        prompt = List.copyOf(requireNonNull(prompt, "prompt is null"));
        requireNonNull(answer, "answer is null");
        references = List.copyOf(requireNonNull(references, "references is null"));
    }

    public static SingleItem of(Interaction interaction) {
        return new SingleItem(interaction.id(), interaction.messages(), interaction.completion(), List.of());
    }

    Map<String, String> values() {
        return PromptValues.single(prompt, answer, references);
    }
}
