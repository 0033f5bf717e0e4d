package dev.plumbline.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.PlumblineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus from a JSONL file. Each line gives one text, found in this order: a {@code text}
 * field; a {@code response} field (the self-instruct prediction shape, whose {@code target} is the
 * human answer and is read with {@link Field#TARGET}); the {@code output} of each of
 * {@code instances} (the self-instruct human-answer shape). Blank lines are skipped.
 */
public final class CorpusFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Which text a line contributes. */
    public enum Field {
        /** {@code text}, else {@code response}, else every {@code instances[].output}. */
        AUTO,
        /** The human {@code target} of a prediction line. */
        TARGET
    }

    private CorpusFiles() {
    }

    public static Corpus read(String name, Path file) {
        return read(name, file, Field.AUTO);
    }

    public static Corpus read(String name, Path file, Field field) {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    texts.addAll(textsOf(MAPPER.readTree(line), field, file, number));
                }
            }
        } catch (IOException e) {
            throw PlumblineException.invalidInput("cannot read corpus file " + file + ": " + e.getMessage());
        }
        return new Corpus(name, texts);
    }

    private static List<String> textsOf(JsonNode node, Field field, Path file, int line) {
        if (field == Field.TARGET) {
            return List.of(required(node, "target", file, line));
        }
        if (node.hasNonNull("text")) {
            return List.of(node.get("text").asText());
        }
        if (node.hasNonNull("response")) {
            return List.of(node.get("response").asText());
        }
        if (node.has("instances") && node.get("instances").isArray()) {
            List<String> outputs = new ArrayList<>();
            node.get("instances").forEach(instance -> outputs.add(required(instance, "output", file, line)));
            return outputs;
        }
        throw PlumblineException.invalidInput(file + " line " + line
                + ": no text found; expected a 'text' field, a 'response' field or 'instances[].output'");
    }

    private static String required(JsonNode node, String field, Path file, int line) {
        if (!node.hasNonNull(field)) {
            throw PlumblineException.invalidInput(file + " line " + line + ": field '" + field + "' is missing");
        }
        return node.get(field).asText();
    }
}
