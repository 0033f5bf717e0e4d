package dev.plumbline.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the JSONL item files of the feedback, validator and compounding probes, and their bundled
 * defaults. Unknown fields and missing required ones fail with the file, line and field.
 * Shapes: {@code {"id","kind","text"}}; {@code {"id","human":"approve|reject","content"}};
 * {@code {"id","steps":[..],"premise_step":k,"question","choices":[..],"answer","premise_answer"}}.
 */
public final class ProbeItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeItems() {
    }

    public static List<FeedbackItem> bundledFeedback() {
        return parse(QuestionSets.resource("feedback.jsonl"), "bundled feedback.jsonl", Set.of("id", "kind", "text"), ProbeItems::feedback);
    }

    public static List<ReviewItem> bundledReviews() {
        return parse(QuestionSets.resource("reviews.jsonl"), "bundled reviews.jsonl", Set.of("id", "human", "content"), ProbeItems::review);
    }

    public static List<Chain> bundledChains() {
        return parse(QuestionSets.resource("chains.jsonl"), "bundled chains.jsonl", CHAIN_KEYS, ProbeItems::chain);
    }

    public static List<FeedbackItem> readFeedback(Path file) {
        return parse(QuestionSets.text(file), file.toString(), Set.of("id", "kind", "text"), ProbeItems::feedback);
    }

    public static List<ReviewItem> readReviews(Path file) {
        return parse(QuestionSets.text(file), file.toString(), Set.of("id", "human", "content"), ProbeItems::review);
    }

    public static List<Chain> readChains(Path file) {
        return parse(QuestionSets.text(file), file.toString(), CHAIN_KEYS, ProbeItems::chain);
    }

    private static final Set<String> CHAIN_KEYS = Set.of("id", "steps", "premise_step", "question", "choices", "answer", "premise_answer");

    private static FeedbackItem feedback(JsonNode node, String where) {
        return new FeedbackItem(text(node, "id", where), text(node, "kind", where), text(node, "text", where));
    }

    private static ReviewItem review(JsonNode node, String where) {
        String human = text(node, "human", where);
        if (!human.equals("approve") && !human.equals("reject")) {
            throw PlumblineException.invalidInput(where + ": \"human\" must be \"approve\" or \"reject\", got \"" + human + "\"");
        }
        return new ReviewItem(text(node, "id", where), text(node, "content", where), human.equals("approve"));
    }

    private static Chain chain(JsonNode node, String where) {
        String id = text(node, "id", where);
        if (!node.path("choices").isArray()) {
            throw PlumblineException.invalidInput(where + ": \"choices\" must be an array of text");
        }
        List<String> choices = new ArrayList<>();
        node.get("choices").forEach(choice -> choices.add(choice.asText()));
        int answer = QuestionSets.answerIndex(text(node, "answer", where), choices, where);
        int premiseAnswer = QuestionSets.answerIndex(text(node, "premise_answer", where), choices, where);
        Question last = new Question(id, text(node, "question", where), choices, answer);
        List<String> steps = new ArrayList<>();
        if (!node.path("steps").isArray()) {
            throw PlumblineException.invalidInput(where + ": \"steps\" must be an array of user turns");
        }
        node.get("steps").forEach(step -> steps.add(step.asText()));
        if (!node.path("premise_step").canConvertToInt()) {
            throw PlumblineException.invalidInput(where + ": \"premise_step\" must be the 0-based index of the step with the wrong premise");
        }
        return new Chain(id, steps, node.get("premise_step").asInt(), last, premiseAnswer);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw PlumblineException.invalidInput(where + ": \"" + field + "\" is missing or not text");
        }
        return value.asText();
    }

    private static <T> List<T> parse(String text, String source, Set<String> keys, BiFunction<JsonNode, String, T> reader) {
        List<T> items = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            JsonNode node = object(lines[i], where);
            node.fieldNames().forEachRemaining(key -> {
                if (!keys.contains(key)) {
                    throw PlumblineException.invalidInput(where + " has unknown field '" + key + "'; known: " + keys);
                }
            });
            items.add(reader.apply(node, where));
        }
        if (items.isEmpty()) {
            throw PlumblineException.invalidInput(source + " holds no items");
        }
        return List.copyOf(items);
    }

    private static JsonNode object(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw PlumblineException.invalidInput(where + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw PlumblineException.invalidInput(where + " is not valid JSON: " + e.getMessage());
        }
    }
}
