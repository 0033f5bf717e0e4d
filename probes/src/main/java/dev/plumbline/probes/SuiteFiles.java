package dev.plumbline.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads regression suites from YAML or JSON. Shape: {@code suite}, optional {@code repetitions}
 * (default 10: with fewer than 6, no single check can reach p < 0.05) and {@code alpha} (0.05), and {@code prompts}: each an {@code id}, a {@code prompt}
 * (with optional {@code system}) or {@code messages}, and {@code checks}, each a {@code type} with
 * its fields and an optional {@code name}. Unknown keys fail, naming the path.
 */
public final class SuiteFiles {
    private static final Map<String, Set<String>> CHECK_FIELDS = Map.of(
            "regex", Set.of("pattern", "ignore_case"), "contains", Set.of("text", "ignore_case"),
            "not_contains", Set.of("text", "ignore_case"), "json_schema", Set.of("schema"), "max_length", Set.of("chars"),
            "format", Set.of("format"), "hedging", Set.of("max_rate"), "refusal", Set.of("expect"), "judge", Set.of("rubric"));

    static final int DEFAULT_REPETITIONS = 10;

    private SuiteFiles() {
    }

    public static Suite read(Path file) {
        String text = QuestionSets.text(file);
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, file.toString(), json);
    }

    static Suite parse(String text, String source, boolean json) {
        JsonNode root;
        try {
            root = (json ? new ObjectMapper() : new YAMLMapper()).readTree(text);
        } catch (IOException e) {
            throw PlumblineException.invalidInput(source + " is not valid " + (json ? "JSON" : "YAML") + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw PlumblineException.invalidInput(source + " must be an object with suite, prompts and optionally repetitions, alpha");
        }
        known(root, Set.of("suite", "repetitions", "alpha", "prompts"), source);
        List<Suite.Prompt> prompts = new ArrayList<>();
        JsonNode list = root.path("prompts");
        if (!list.isArray()) {
            throw PlumblineException.invalidInput(source + ": prompts must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            prompts.add(prompt(list.get(i), source + ": prompts[" + i + "]"));
        }
        return new Suite(text(root, "suite", source), root.path("repetitions").asInt(DEFAULT_REPETITIONS), root.path("alpha").asDouble(0.05), prompts);
    }

    private static Suite.Prompt prompt(JsonNode node, String where) {
        known(node, Set.of("id", "system", "prompt", "messages", "checks"), where);
        String id = text(node, "id", where);
        List<Message> messages = new ArrayList<>();
        if (node.has("system")) {
            messages.add(new Message("system", text(node, "system", where)));
        }
        if (node.has("prompt") == node.has("messages")) {
            throw PlumblineException.invalidInput(where + " needs exactly one of prompt (text) and messages (list of role, content)");
        }
        if (node.has("prompt")) {
            messages.add(Message.user(text(node, "prompt", where)));
        } else {
            for (int i = 0; i < node.get("messages").size(); i++) {
                JsonNode m = node.get("messages").get(i);
                String at = where + ".messages[" + i + "]";
                known(m, Set.of("role", "content"), at);
                messages.add(new Message(text(m, "role", at), text(m, "content", at)));
            }
        }
        List<Check> checks = new ArrayList<>();
        JsonNode list = node.path("checks");
        if (!list.isArray()) {
            throw PlumblineException.invalidInput(where + ": checks must be a list");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            checks.add(check(list.get(i), where + ".checks[" + i + "]", seen));
        }
        return new Suite.Prompt(id, messages, checks);
    }

    private static Check check(JsonNode node, String where, Map<String, Integer> seen) {
        String type = text(node, "type", where);
        Set<String> fields = CHECK_FIELDS.get(type);
        if (fields == null) {
            throw PlumblineException.invalidInput(where + ": unknown check type '" + type + "'; known: " + CHECK_FIELDS.keySet());
        }
        Set<String> allowed = new java.util.HashSet<>(fields);
        allowed.add("type");
        allowed.add("name");
        known(node, allowed, where);
        int index = seen.merge(type, 1, Integer::sum);
        String name = node.has("name") ? text(node, "name", where) : index == 1 ? type : type + "#" + index;
        boolean ignoreCase = node.path("ignore_case").asBoolean(false);
        switch (type) {
            case "regex":
                return new Check.Regex(name, pattern(text(node, "pattern", where), ignoreCase, where));
            case "contains":
                return new Check.Contains(name, text(node, "text", where), ignoreCase, false);
            case "not_contains":
                return new Check.Contains(name, text(node, "text", where), ignoreCase, true);
            case "json_schema":
                JsonNode schema = required(node, "schema", where);
                return Check.JsonSchema.of(name, schema.isTextual() ? schema.asText() : schema.toString());
            case "max_length":
                return new Check.MaxLength(name, number(node, "chars", where).asInt());
            case "format":
                return new Check.Format(name, shape(text(node, "format", where), where));
            case "hedging":
                return new Check.Hedging(name, number(node, "max_rate", where).asDouble());
            case "refusal":
                return new Check.Refusal(name, node.path("expect").asBoolean(false));
            default:
                return new Check.Judge(name, text(node, "rubric", where));
        }
    }

    private static Check.Shape shape(String value, String where) {
        switch (value) {
            case "list":
                return Check.Shape.LIST;
            case "single_line":
                return Check.Shape.SINGLE_LINE;
            default:
                throw PlumblineException.invalidInput(where + ": format must be list or single_line, got " + value);
        }
    }

    private static Pattern pattern(String regex, boolean ignoreCase, String where) {
        try {
            return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw PlumblineException.invalidInput(where + ": pattern is not a valid regular expression: " + e.getDescription());
        }
    }

    private static void known(JsonNode node, Set<String> keys, String where) {
        if (!node.isObject()) {
            throw PlumblineException.invalidInput(where + " must be an object");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw PlumblineException.invalidInput(where + " has unknown key '" + key + "'; known: " + new java.util.TreeSet<>(keys));
            }
        });
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw PlumblineException.invalidInput(where + ": " + field + " is missing");
        }
        return value;
    }

    private static JsonNode number(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isNumber()) {
            throw PlumblineException.invalidInput(where + ": " + field + " must be a number");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isTextual()) {
            throw PlumblineException.invalidInput(where + ": " + field + " must be text");
        }
        return value.asText();
    }
}
