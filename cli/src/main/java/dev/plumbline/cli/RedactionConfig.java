package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.privacy.CustomPattern;
import dev.plumbline.privacy.PiiType;
import dev.plumbline.privacy.RedactionPolicy;
import dev.plumbline.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project's redaction policy lives in {@code <data>/projects/PROJECT/redaction.json} (schema version
 * 1: {@code types}, the built-in types on, and {@code custom}, each a {@code name} that is also the
 * placeholder stem and a {@code pattern}). Every export and {@code audit pii} use it; a file given with
 * {@code --redaction-config} takes its place; without either, every built-in type is redacted.
 */
final class RedactionConfig {
    static final int SCHEMA_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("schema_version", "types", "custom");

    private RedactionConfig() {
    }

    static Path projectFile(Path data, ProjectId project) {
        return data.resolve("projects").resolve(project.value()).resolve("redaction.json");
    }

    /** The policy in force: the file given, else the project's, else every built-in type. */
    static RedactionPolicy resolve(Optional<Path> given, Path data, ProjectId project) {
        if (given.isPresent()) {
            if (!Files.isRegularFile(given.get())) {
                throw PlumblineException.invalidInput("--redaction-config " + given.get() + " does not exist");
            }
            return read(given.get());
        }
        Path file = projectFile(data, project);
        return Files.isRegularFile(file) ? read(file) : RedactionPolicy.ALL_ON;
    }

    static RedactionPolicy read(Path file) {
        return fromJson(JsonFiles.read(file), file.toString());
    }

    static void write(Path file, RedactionPolicy policy) {
        JsonFiles.write(file, json(policy), file.toString());
    }

    static ObjectNode json(RedactionPolicy policy) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", SCHEMA_VERSION);
        ArrayNode types = node.putArray("types");
        policy.types().forEach(type -> types.add(type.name().toLowerCase(java.util.Locale.ROOT)));
        ArrayNode custom = node.putArray("custom");
        policy.custom().forEach(p -> custom.addObject().put("name", p.name()).put("pattern", p.pattern().pattern()));
        return node;
    }

    static RedactionPolicy fromJson(JsonNode node, String where) {
        if (node.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput(where + " has redaction schema_version " + node.path("schema_version")
                    + "; this Plumbline reads version " + SCHEMA_VERSION);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw PlumblineException.invalidInput(where + " has an unknown field '" + field + "'; known: " + FIELDS);
            }
        }
        if (!node.path("types").isArray()) {
            throw PlumblineException.invalidInput(where + " needs \"types\": a list of email, phone, card, iban, ip, secret"
                    + " (an empty list turns every built-in type off)");
        }
        EnumSet<PiiType> types = EnumSet.noneOf(PiiType.class);
        node.get("types").forEach(type -> types.add(type(type.asText(), where)));
        List<CustomPattern> custom = new ArrayList<>();
        node.path("custom").forEach(p -> custom.add(CustomPattern.parse(p.path("name").asText() + "=" + p.path("pattern").asText())));
        return new RedactionPolicy(types, custom);
    }

    static PiiType type(String name, String where) {
        return PiiType.fromName(name).orElseThrow(() -> PlumblineException.invalidInput(where + ": unknown type '" + name
                + "': use email, phone, card, iban, ip or secret"));
    }
}
