package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small JSON settings files under a data directory (judges, redaction policies): read whole, written pretty. */
final class JsonFiles {
    private JsonFiles() {
    }

    static JsonNode read(Path file) {
        try {
            return Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw PlumblineException.invalidInput(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the tree, pretty and newline-terminated, creating the folder; {@code what} names it in an error. */
    static void write(Path file, JsonNode tree, String what) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot write " + what + ": " + e.getMessage(), e);
        }
    }
}
