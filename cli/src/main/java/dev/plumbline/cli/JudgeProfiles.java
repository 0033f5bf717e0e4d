package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.judging.JudgeProfile;
import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.Prices;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Named judges live one per file in {@code <data>/judges/NAME.json} (schema version 1). A file holds
 * the name of the key's environment variable, never a key; unknown fields and versions are rejected.
 */
final class JudgeProfiles {
    static final int SCHEMA_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("schema_version", "name", "base_url", "model", "family", "key_env",
            "temperature", "max_tokens", "connect_timeout_ms", "request_timeout_ms", "retries", "initial_backoff_ms",
            "max_backoff_ms", "concurrency", "template", "price_input_per_1k", "price_output_per_1k");

    private JudgeProfiles() {
    }

    static Path folder(Path data) {
        return data.resolve("judges");
    }

    static void save(Path data, JudgeProfile profile) {
        JsonFiles.write(file(data, profile.name()), json(profile), "judge " + profile.name());
    }

    static Optional<JudgeProfile> find(Path data, String name) {
        if (!JudgeProfile.validName(name)) {
            return Optional.empty();
        }
        Path file = file(data, name);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    static JudgeProfile require(Path data, String name) {
        return find(data, name).orElseThrow(() -> PlumblineException.notFound("no judge named '" + name + "' in "
                + folder(data) + ": add it with 'plumbline judges add " + name + " --base-url URL --model NAME'"));
    }

    static List<JudgeProfile> all(Path data) {
        if (!Files.isDirectory(folder(data))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder(data))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().map(JudgeProfiles::read).toList();
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot list " + folder(data) + ": " + e.getMessage(), e);
        }
    }

    static boolean remove(Path data, String name) {
        try {
            return Files.deleteIfExists(file(data, name));
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot remove judge " + name + ": " + e.getMessage(), e);
        }
    }

    private static Path file(Path data, String name) {
        // the name is checked before it becomes a path, so '../x' cannot escape the folder
        if (!JudgeProfile.validName(name)) {
            throw PlumblineException.invalidInput("judge name '" + name + "' is invalid: use letters, digits, '.', '_' or '-'");
        }
        return folder(data).resolve(name + ".json");
    }

    static ObjectNode json(JudgeProfile profile) {
        ModelConfig m = profile.model();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", SCHEMA_VERSION).put("name", profile.name()).put("base_url", m.baseUrl().toString())
                .put("model", m.model());
        m.family().ifPresent(f -> node.put("family", f));
        m.apiKeyVariable().ifPresent(v -> node.put("key_env", v));
        node.put("temperature", m.temperature());
        m.maxTokens().ifPresent(t -> node.put("max_tokens", t));
        node.put("connect_timeout_ms", m.connectTimeout().toMillis()).put("request_timeout_ms", m.requestTimeout().toMillis())
                .put("retries", m.maxRetries()).put("initial_backoff_ms", m.initialBackoff().toMillis())
                .put("max_backoff_ms", m.maxBackoff().toMillis()).put("concurrency", m.maxConcurrency())
                .put("template", profile.template()).put("price_input_per_1k", m.prices().inputPer1k())
                .put("price_output_per_1k", m.prices().outputPer1k());
        return node;
    }

    static JudgeProfile read(Path file) {
        return fromJson(JsonFiles.read(file), file.toString());
    }

    static JudgeProfile fromJson(JsonNode node, String where) {
        if (node.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput(where + " has judge schema_version " + node.path("schema_version")
                    + "; this Plumbline reads version " + SCHEMA_VERSION);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw PlumblineException.invalidInput(where + " has an unknown field '" + field + "'; known: " + FIELDS);
            }
        }
        ModelConfig model = ModelConfig.of(text(node, "base_url", where), text(node, "model", where))
                .withTemperature(node.path("temperature").asDouble(0))
                .withTimeouts(millis(node, "connect_timeout_ms", 10_000), millis(node, "request_timeout_ms", 120_000))
                .withRetries(node.path("retries").asInt(3), millis(node, "initial_backoff_ms", 1000),
                        millis(node, "max_backoff_ms", 30_000))
                .withMaxConcurrency(node.path("concurrency").asInt(4))
                .withPrices(new Prices(node.path("price_input_per_1k").asDouble(0), node.path("price_output_per_1k").asDouble(0)));
        model = node.hasNonNull("family") ? model.withFamily(node.get("family").asText()) : model;
        model = node.hasNonNull("key_env") ? model.withApiKeyVariable(node.get("key_env").asText()) : model;
        model = node.hasNonNull("max_tokens") ? model.withMaxTokens(node.get("max_tokens").asInt()) : model;
        return new JudgeProfile(text(node, "name", where), model, text(node, "template", where));
    }

    private static String text(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual()) {
            throw PlumblineException.invalidInput(where + " needs the text field '" + field + "'");
        }
        return node.get(field).asText();
    }

    private static Duration millis(JsonNode node, String field, long fallback) {
        return Duration.ofMillis(node.path(field).asLong(fallback));
    }

    static List<String> describe(List<JudgeProfile> profiles) {
        List<String> lines = new ArrayList<>();
        for (JudgeProfile p : profiles) {
            ModelConfig m = p.model();
            lines.add(p.name() + "  " + m.model() + " @ " + m.baseUrl() + "  family " + m.family().orElse("-") + "  key $"
                    + m.keyVariable() + "  template " + p.template() + "  temperature " + m.temperature() + "  concurrency "
                    + m.maxConcurrency() + "  retries " + m.maxRetries());
        }
        return lines;
    }
}
