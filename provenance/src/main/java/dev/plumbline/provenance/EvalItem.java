package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.Map;

/**
 * One eval item: its id, its turns (the first is the prompt the overlap audits compare), the
 * reference answers when it has any, and free tags such as a category.
 */
public record EvalItem(String id, List<String> turns, List<String> references, Map<String, String> tags) {
    public EvalItem {
        requireNonNull(id, "id is null");
        turns = List.copyOf(requireNonNull(turns, "turns is null"));
        references = List.copyOf(requireNonNull(references, "references is null"));
        tags = Map.copyOf(requireNonNull(tags, "tags is null"));
        if (id.isBlank()) {
            throw PlumblineException.invalidInput("an eval item needs a non-blank id");
        }
        if (turns.isEmpty()) {
            throw PlumblineException.invalidInput("eval item '" + id + "' has no text; give text, prompt or turns");
        }
    }

    public static EvalItem of(String id, String text) {
        return new EvalItem(id, List.of(text), List.of(), Map.of());
    }

    /** The first turn: what a model is asked first. */
    public String text() {
        return turns.get(0);
    }
}
