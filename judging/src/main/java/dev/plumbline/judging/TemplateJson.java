package dev.plumbline.judging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judge templates as files: the project's own JSON shape ({@code {"schema_version": 1, "templates":
 * [...]}}, unknown fields and versions rejected) and the MT-Bench {@code judge_prompts.jsonl} shape
 * (one object a line: name, type, system_prompt, prompt_template, output_format {@code [[A]]} or
 * {@code [[rating]]}). The only judging class besides the report renderer that touches Jackson.
 */
public final class TemplateJson {
    public static final int SCHEMA_VERSION = 1;
    static final String PAIR_PATTERN = "\\[\\[(?<verdict>A|B|C)\\]\\]";
    static final String RATING_PATTERN = "\\[\\[(?<verdict>\\d+(?:\\.\\d+)?)\\]\\]";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("name", "version", "kind", "system_prompt", "user_prompt",
            "verdict_pattern", "verdicts", "scale", "source");
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)(?=-|$)");

    private TemplateJson() {
    }

    /** The templates in a project template file. */
    public static List<JudgeTemplate> read(String json) {
        JsonNode root = tree(json, "template file");
        if (root.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput("template file must have \"schema_version\": " + SCHEMA_VERSION + ", got "
                    + root.get("schema_version"));
        }
        List<JudgeTemplate> templates = new ArrayList<>();
        for (JsonNode node : root.path("templates")) {
            templates.add(template(node));
        }
        return templates;
    }

    /** A project template file holding the templates. */
    public static String write(List<JudgeTemplate> templates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        ArrayNode array = root.putArray("templates");
        templates.forEach(template -> array.add(node(template)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not write templates", e);
        }
    }

    /** Templates from MT-Bench's {@code judge_prompts.jsonl}; the version is the name's {@code -vN} (else 1). */
    public static List<JudgeTemplate> readMtBench(String jsonl) {
        List<JudgeTemplate> templates = new ArrayList<>();
        String[] lines = jsonl.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                templates.add(mtBench(tree(lines[i], "judge_prompts.jsonl line " + (i + 1)), i + 1));
            }
        }
        return templates;
    }

    /** Reads either shape: a JSON object with {@code schema_version}, else MT-Bench JSONL. */
    public static List<JudgeTemplate> readAny(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root != null && root.isObject() && root.has("schema_version")) {
                return read(text);
            }
        } catch (JsonProcessingException e) {
            // not one JSON document: read it as JSONL below, which names the bad line
        }
        return readMtBench(text);
    }

    /** The project's default templates, shipped as the resource {@code default-templates.json}. */
    static List<JudgeTemplate> defaults() {
        try (InputStream in = TemplateJson.class.getResourceAsStream("default-templates.json")) {
            if (in == null) {
                throw PlumblineException.internal("default-templates.json is missing from the judging jar", null);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw PlumblineException.internal("could not read default-templates.json", e);
        }
    }

    private static JudgeTemplate mtBench(JsonNode node, int line) {
        String name = text(node, "name");
        String format = text(node, "output_format");
        TemplateKind kind = switch (text(node, "type")) {
            case "pairwise" -> TemplateKind.PAIRWISE;
            case "single" -> TemplateKind.SINGLE;
            default -> throw PlumblineException.invalidInput("judge_prompts.jsonl line " + line + ": type must be pairwise or single");
        };
        boolean pairFormat = format.equals("[[A]]");
        if (pairFormat != (kind == TemplateKind.PAIRWISE) || !(pairFormat || format.equals("[[rating]]"))) {
            throw PlumblineException.invalidInput("judge_prompts.jsonl line " + line + ": output_format '" + format
                    + "' does not fit type " + kind.wireName() + "; expected [[A]] (pairwise) or [[rating]] (single)");
        }
        Matcher version = VERSION.matcher(name);
        return new JudgeTemplate(name, version.find() ? version.group(1) : "1", kind, text(node, "system_prompt"),
                text(node, "prompt_template"), pairFormat ? PAIR_PATTERN : RATING_PATTERN,
                pairFormat ? Map.of("A", "A", "B", "B", "C", "tie") : Map.of(),
                pairFormat ? Optional.empty() : Optional.of(new RatingScale("mt-bench-1-10", 1, 10)), "mt-bench");
    }

    private static JudgeTemplate template(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw PlumblineException.invalidInput("unknown template field '" + field + "'; known: " + FIELDS);
            }
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        node.path("verdicts").fields().forEachRemaining(e -> verdicts.put(e.getKey(), e.getValue().asText()));
        JsonNode scale = node.get("scale");
        return new JudgeTemplate(text(node, "name"), text(node, "version"), TemplateKind.fromWire(text(node, "kind")),
                text(node, "system_prompt"), text(node, "user_prompt"), text(node, "verdict_pattern"), verdicts,
                scale == null ? Optional.empty() : Optional.of(new RatingScale(text(scale, "name"),
                        scale.path("min").asDouble(), scale.path("max").asDouble())),
                node.path("source").asText("file"));
    }

    private static ObjectNode node(JudgeTemplate template) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", template.name()).put("version", template.version()).put("kind", template.kind().wireName())
                .put("system_prompt", template.systemPrompt()).put("user_prompt", template.userPrompt())
                .put("verdict_pattern", template.verdictPattern());
        ObjectNode verdicts = node.putObject("verdicts");
        template.verdicts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> verdicts.put(e.getKey(), e.getValue()));
        template.scale().ifPresent(scale -> node.putObject("scale").put("name", scale.name()).put("min", scale.min())
                .put("max", scale.max()));
        node.put("source", template.source());
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw PlumblineException.invalidInput("template field '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static JsonNode tree(String json, String what) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw PlumblineException.invalidInput(what + " is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw PlumblineException.invalidInput(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
