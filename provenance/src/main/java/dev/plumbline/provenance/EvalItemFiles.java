package dev.plumbline.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.PlumblineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads eval items from JSON Lines, one object a line, in any of three shapes, told apart per
 * line: the MT-Bench {@code question.jsonl} shape ({@code question_id}, {@code category}, {@code
 * turns}, optional {@code reference}); the self-instruct user-oriented shape ({@code id}, {@code
 * instruction}, {@code instances[].input/output}: instruction and first input joined by a blank
 * line, as public leaderboards do); and plain lines ({@code id} and {@code text} or {@code prompt},
 * or {@code instruction} with optional {@code input}; optional {@code reference}, {@code
 * references} or {@code answer}). Blank lines are skipped.
 */
public final class EvalItemFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalItemFiles() {
    }

    public static List<EvalItem> read(Path file) {
        List<EvalItem> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    items.add(parse(line, file, number));
                }
            }
        } catch (IOException e) {
            throw PlumblineException.invalidInput("cannot read eval items from " + file + ": " + e.getMessage());
        }
        return items;
    }

    /** Reads a file and registers it as the next version of the named eval set. */
    public static EvalSet register(EvalSetCatalog catalog, String name, Path file) {
        return catalog.register(name, read(file));
    }

    /** A plain item set of the file's items (first turns), named after the file. */
    public static ItemSet itemSet(Path file) {
        return ItemSet.of(file.getFileName().toString(),
                read(file).stream().map(item -> new TextItem(item.id(), item.text())).toList());
    }

    /** The last user message of each interaction, under the interaction's id. */
    public static ItemSet prompts(String name, List<Interaction> interactions) {
        return ItemSet.of(name, interactions.stream()
                .map(interaction -> new TextItem(interaction.id(), interaction.lastUserMessage())).toList());
    }

    static EvalItem parse(String line, Path file, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw where(file, number, "is not JSON: " + e.getMessage());
        }
        if (!node.isObject()) {
            throw where(file, number, "is not a JSON object");
        }
        String id = text(node, "question_id").or(() -> text(node, "id"))
                .orElseThrow(() -> where(file, number, "has no id (expected id or question_id)"));
        List<String> turns = turns(node);
        if (turns.isEmpty()) {
            throw where(file, number, "has no text (expected text, prompt, turns or instruction)");
        }
        return new EvalItem(id, turns, references(node), tags(node));
    }

    private static List<String> turns(JsonNode node) {
        if (node.path("turns").isArray()) {
            return strings(node.get("turns"));
        }
        Optional<String> plain = text(node, "text").or(() -> text(node, "prompt"));
        if (plain.isPresent()) {
            return List.of(plain.get());
        }
        Optional<String> instruction = text(node, "instruction");
        if (instruction.isEmpty()) {
            return List.of();
        }
        String input = node.path("instances").isArray() && node.get("instances").size() > 0
                ? node.get("instances").get(0).path("input").asText("")
                : node.path("input").asText("");
        String joined = instruction.get().strip() + (input.isBlank() ? "" : "\n\n" + input);
        return List.of(joined);
    }

    private static List<String> references(JsonNode node) {
        for (String field : List.of("reference", "references", "answer")) {
            if (node.path(field).isArray()) {
                return strings(node.get(field));
            }
            if (node.path(field).isTextual()) {
                return List.of(node.get(field).asText());
            }
        }
        List<String> outputs = new ArrayList<>();
        node.path("instances").forEach(instance -> text(instance, "output").ifPresent(outputs::add));
        text(node, "output").ifPresent(outputs::add);
        return outputs;
    }

    private static Map<String, String> tags(JsonNode node) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String field : List.of("category", "motivation_app")) {
            text(node, field).ifPresent(value -> tags.put(field, value));
        }
        return tags;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode()
                ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static PlumblineException where(Path file, int line, String problem) {
        return PlumblineException.invalidInput(file + " line " + line + " " + problem);
    }
}
