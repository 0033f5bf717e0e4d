package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.RecordProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One validated item of the PandaLM test set, with the annotators' labels already as A, B or tie. */
record PandaLmItem(String idx, String cmpKey, String firstModel, String secondModel, String instruction, String input,
        String motivationApp, String firstResponse, String secondResponse, List<String> annotatorLabels) {

    /** The item, or null after reporting each of its problems. */
    static PandaLmItem parse(JsonNode item, int index, Consumer<RecordProblem> problems) {
        List<RecordProblem> found = new ArrayList<>();
        String idx = required(item, "idx", index, found);
        String cmpKey = required(item, "cmp_key", index, found);
        String[] models = cmpKey.split("_");
        if (!cmpKey.isEmpty() && models.length != 2) {
            found.add(new RecordProblem(index, "$[" + index + "].cmp_key",
                    "must name two models joined by '_' (first_second), was '" + cmpKey + "'"));
        }
        List<String> labels = new ArrayList<>();
        for (int a = 1; a <= 3; a++) {
            labels.add(label(item, "annotator" + a, index, found));
        }
        PandaLmItem parsed = new PandaLmItem(idx, cmpKey, models[0], models.length > 1 ? models[1] : "",
                required(item, "instruction", index, found), JsonScalars.text(item, "input").orElse(""),
                JsonScalars.text(item, "motivation_app").orElse(""), required(item, "response1", index, found),
                required(item, "response2", index, found), labels);
        found.forEach(problems);
        return found.isEmpty() ? parsed : null;
    }

    /** PandaLM's convention: 0 = tie, 1 = the first response is better, 2 = the second. */
    static Optional<String> pairValue(String raw) {
        return switch (raw.trim()) {
            case "0", "Tie", "tie" -> Optional.of("tie");
            case "1" -> Optional.of("A");
            case "2" -> Optional.of("B");
            default -> Optional.empty();
        };
    }

    private static String label(JsonNode item, String field, int index, List<RecordProblem> found) {
        String raw = required(item, field, index, found);
        Optional<String> value = pairValue(raw);
        if (value.isEmpty() && !raw.isEmpty()) {
            found.add(new RecordProblem(index, "$[" + index + "]." + field, "must be 0 (tie), 1 or 2, was '" + raw + "'"));
        }
        return value.orElse("tie");
    }

    private static String required(JsonNode item, String field, int index, List<RecordProblem> found) {
        Optional<String> text = JsonScalars.text(item, field);
        if (text.isEmpty()) {
            found.add(new RecordProblem(index, "$[" + index + "]." + field, "is required"));
        }
        return text.orElse("");
    }
}
