package dev.plumbline.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored body of a derived fact (schema version 1): its kind, the run that derived it, the runs
 * that filtered it, the roles of its sources and free-form {@code details} the writer adds (a pair's
 * label sources and confidence, a dataset's manifest hash). The fact's id is kept beside the body,
 * not in it. Readers reject unknown versions.
 */
public final class DerivedFactJson {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DerivedFactJson() {
    }

    public static String write(DerivedFact fact, Map<String, ?> details) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("kind", fact.kind().wireName());
        root.set("derived_by", derivation(fact.derivedBy()));
        ObjectNode roles = root.putObject("roles");
        new java.util.TreeMap<>(fact.roles()).forEach(roles::put);
        fact.filteredBy().forEach(filter -> root.withArray("filtered_by").add(derivation(filter)));
        root.set("details", MAPPER.valueToTree(details));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not write derived fact " + fact.id(), e);
        }
    }

    public static DerivedFact read(String id, String body) {
        JsonNode root = tree(id, body);
        FactKind kind = java.util.Arrays.stream(FactKind.values()).filter(k -> k.wireName().equals(root.path("kind").asText()))
                .findFirst().orElseThrow(() -> PlumblineException.invalidInput("derived fact " + id + " has unknown kind "
                        + root.path("kind")));
        Map<String, String> roles = new LinkedHashMap<>();
        root.path("roles").fields().forEachRemaining(e -> roles.put(e.getKey(), e.getValue().asText()));
        List<Derivation> filters = new ArrayList<>();
        root.path("filtered_by").forEach(node -> filters.add(derivation(node)));
        return new DerivedFact(id, kind, derivation(root.path("derived_by")), roles, filters);
    }

    /** The writer's free-form details of a stored fact, as JSON text (an object). */
    public static String details(String id, String body) {
        return tree(id, body).path("details").toString();
    }

    private static JsonNode tree(String id, String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw PlumblineException.invalidInput("derived fact " + id + " has a body that is not JSON: " + e.getOriginalMessage());
        }
        if (root.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput("derived fact " + id + " has schema_version " + root.path("schema_version")
                    + "; this Plumbline reads version " + SCHEMA_VERSION);
        }
        return root;
    }

    private static ObjectNode derivation(Derivation derivation) {
        Provenance p = derivation.provenance();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", p.rule()).put("rule_version", p.ruleVersion()).put("config_hash", p.configHash())
                .put("code_version", p.codeVersion());
        p.sources().forEach(source -> node.withArray("sources").add(source));
        derivation.judge().ifPresent(judge -> {
            ObjectNode model = node.putObject("judge").put("name", judge.name());
            judge.version().ifPresent(v -> model.put("version", v));
            judge.family().ifPresent(f -> model.put("family", f));
        });
        return node;
    }

    private static Derivation derivation(JsonNode node) {
        List<String> sources = new ArrayList<>();
        node.path("sources").forEach(source -> sources.add(source.asText()));
        Provenance provenance = new Provenance(sources, node.path("rule").asText(), node.path("rule_version").asText(),
                node.path("config_hash").asText(), node.path("code_version").asText());
        if (!node.has("judge")) {
            return Derivation.byRule(provenance);
        }
        JsonNode judge = node.get("judge");
        return Derivation.byJudge(provenance, new ModelRef(judge.path("name").asText(),
                Optional.ofNullable(judge.get("version")).map(JsonNode::asText),
                Optional.ofNullable(judge.get("family")).map(JsonNode::asText)));
    }
}
