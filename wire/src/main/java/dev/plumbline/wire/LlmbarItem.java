package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.RecordProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One validated LLMBar pair: its set, position, prompt, the two outputs and the gold label as A or B. */
record LlmbarItem(String set, int index, String input, String firstOutput, String secondOutput, String gold) {

    String itemId() {
        return "llmbar:" + set + ":" + index;
    }

    String firstId() {
        return itemId() + ":a";
    }

    String secondId() {
        return itemId() + ":b";
    }

    /** The item, or null after reporting each of its problems. */
    static LlmbarItem parse(String set, JsonNode item, int index, Consumer<RecordProblem> problems) {
        List<RecordProblem> found = new ArrayList<>();
        String input = required(item, "input", index, found);
        String first = required(item, "output_1", index, found);
        String second = required(item, "output_2", index, found);
        String label = required(item, "label", index, found);
        Optional<String> gold = winner(label);
        if (gold.isEmpty() && !label.isEmpty()) {
            found.add(new RecordProblem(index, "$[" + index + "].label", "must be 1 or 2, was '" + label + "'"));
        }
        found.forEach(problems);
        return found.isEmpty() ? new LlmbarItem(set, index, input, first, second, gold.orElseThrow()) : null;
    }

    /** LLMBar's output index as a pairwise value: "1" is A, "2" is B, anything else is no verdict. */
    static Optional<String> winner(String raw) {
        return switch (raw.trim()) {
            case "1" -> Optional.of("A");
            case "2" -> Optional.of("B");
            default -> Optional.empty();
        };
    }

    private static String required(JsonNode item, String field, int index, List<RecordProblem> found) {
        Optional<String> text = JsonScalars.text(item, field);
        if (text.isEmpty()) {
            found.add(new RecordProblem(index, "$[" + index + "]." + field, "is required"));
        }
        return text.orElse("");
    }
}
