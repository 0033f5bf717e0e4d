package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading helpers for foreign files, whose producers were loose with types: the same field holds
 * {@code "2"} in one file and {@code 2} in another, and a model's answer may be the JSON literal
 * {@code true}. Every scalar is read as its text.
 */
final class JsonScalars {
    private JsonScalars() {
    }

    /** The text of a string, number or boolean; empty for null, a missing field, an object or an array. */
    static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode() || node.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(node.isTextual() ? node.textValue() : node.asText());
    }

    static Optional<String> text(JsonNode object, String field) {
        return object == null ? Optional.empty() : text(object.get(field));
    }

    /** A whole JSON file that must be an array. */
    static JsonNode array(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw PlumblineException.invalidInput(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw PlumblineException.invalidInput(file + " must hold a JSON array of items");
        }
        return root;
    }
}
