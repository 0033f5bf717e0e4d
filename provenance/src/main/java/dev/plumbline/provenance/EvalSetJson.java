package dev.plumbline.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of an eval set snapshot (schema version 1): name, version, content hash and items.
 * Reading rejects an unknown schema version and a hash that does not match the items. Stateless.
 */
public final class EvalSetJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSetJson() {
    }

    public static String write(EvalSet set) {
        ObjectNode json = JSON.createObjectNode().put("schema_version", SCHEMA_VERSION).put("name", set.name())
                .put("version", set.version()).put("content_hash", set.contentHash());
        ArrayNode items = json.putArray("items");
        for (EvalItem item : set.evalItems()) {
            ObjectNode entry = items.addObject().put("id", item.id());
            item.turns().forEach(entry.putArray("turns")::add);
            item.references().forEach(entry.putArray("references")::add);
            ObjectNode tags = entry.putObject("tags");
            item.tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(tag -> tags.put(tag.getKey(), tag.getValue()));
        }
        return json.toString();
    }

    public static EvalSet read(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (IOException e) {
            throw PlumblineException.invalidInput("eval set is not JSON: " + e.getMessage());
        }
        int schema = json.path("schema_version").asInt(-1);
        if (schema != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput("eval set schema_version " + json.path("schema_version")
                    + " is not supported; this reader knows " + SCHEMA_VERSION);
        }
        List<EvalItem> items = new ArrayList<>();
        for (JsonNode entry : json.path("items")) {
            Map<String, String> tags = new LinkedHashMap<>();
            entry.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
            items.add(new EvalItem(entry.path("id").asText(), strings(entry.path("turns")),
                    strings(entry.path("references")), tags));
        }
        return new EvalSet(json.path("name").asText(), json.path("version").asInt(), items,
                json.path("content_hash").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
