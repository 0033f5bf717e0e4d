package dev.plumbline.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Provenance;

/**
 * JSON renderings (schema version 1) of lineage trees, contamination reports and overlap reports,
 * for {@code --json} and the HTTP API. Field names are snake_case; order is fixed. Stateless.
 */
public final class ProvenanceJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceJson() {
    }

    public static String lineage(LineageNode root) {
        ObjectNode json = JSON.createObjectNode().put("schema_version", SCHEMA_VERSION);
        json.set("lineage", node(root));
        ArrayNode influences = json.putArray("influences");
        Influences.of(root).forEach(influence -> influences.add(influence(influence)));
        return write(json);
    }

    public static String contamination(ContaminationReport report) {
        ObjectNode json = JSON.createObjectNode().put("schema_version", SCHEMA_VERSION)
                .put("eval_set", report.evalSet()).put("content_hash", report.contentHash())
                .put("family", report.family()).put("items", report.items()).put("gold_labels", report.goldLabels())
                .put("items_without_gold_labels", report.itemsWithoutGoldLabels())
                .put("offending_labels", report.offending().size()).put("share", report.share())
                .put("threshold", report.threshold()).put("failed", report.failed());
        ObjectNode kinds = json.putObject("kinds");
        for (KindShare kind : report.kinds()) {
            kinds.putObject(kind.kind().wireName()).put("direct", kind.direct())
                    .put("transitive_only", kind.transitiveOnly()).put("total", kind.total())
                    .put("direct_share", kind.directShare()).put("transitive_share", kind.transitiveShare())
                    .put("share", kind.share());
        }
        ArrayNode offending = json.putArray("offending");
        for (OffendingLabel label : report.offending()) {
            ObjectNode entry = offending.addObject().put("item_id", label.itemId()).put("label_id", label.labelId());
            ArrayNode influences = entry.putArray("influences");
            label.influences().forEach(influence -> influences.add(influence(influence)));
        }
        ArrayNode quarantine = json.putArray("quarantine");
        report.quarantine().forEach(quarantine::add);
        return write(json);
    }

    public static String overlap(OverlapReport report) {
        ObjectNode json = JSON.createObjectNode().put("schema_version", SCHEMA_VERSION)
                .put("train", report.train()).put("eval", report.eval())
                .put("train_items", report.trainItems()).put("eval_items", report.evalItems())
                .put("flagged_train_items", report.flaggedTrainIds().size())
                .put("flagged_eval_items", report.flaggedEvalIds().size());
        ObjectNode methods = json.putObject("methods");
        methods.putObject("ngram").put("n", report.ngram());
        ObjectNode lsh = methods.putObject("minhash").put("threshold", report.lsh().threshold())
                .put("target_recall", report.lsh().targetRecall()).put("bands", report.lsh().bands())
                .put("rows", report.lsh().rows()).put("permutations", report.lsh().permutations());
        ObjectNode curve = lsh.putObject("s_curve");
        report.lsh().sCurve().forEach((similarity, probability) -> curve.put(String.valueOf(similarity), probability));
        report.semanticModel().ifPresent(model -> methods.putObject("semantic").put("model", model)
                .put("threshold", report.semanticThreshold().orElseThrow()));
        ArrayNode matches = json.putArray("matches");
        for (OverlapMatch match : report.matches()) {
            ObjectNode entry = matches.addObject().put("train_id", match.trainId()).put("eval_id", match.evalId())
                    .put("method", match.method().wireName()).put("score", match.score());
            match.longestRun().ifPresent(run -> entry.put("longest_run", run));
        }
        return write(json);
    }

    private static ObjectNode node(LineageNode node) {
        ObjectNode json = JSON.createObjectNode().put("id", node.id()).put("kind", node.kind().wireName())
                .put("relation", node.relation().wireName()).put("detail", node.detail());
        node.writtenBy().ifPresent(model -> json.set("written_by", model(model)));
        node.givenBy().ifPresent(actor -> json.set("given_by", actor(actor)));
        node.sawDraft().ifPresent(saw -> json.put("saw_draft", saw));
        node.guideline().ifPresent(guideline -> json.put("guideline", guideline));
        node.derivedBy().ifPresent(derivation -> json.set("derived_by", derivation(derivation)));
        if (!node.filteredBy().isEmpty()) {
            ArrayNode filters = json.putArray("filtered_by");
            node.filteredBy().forEach(filter -> filters.add(derivation(filter)));
        }
        ArrayNode children = json.putArray("children");
        node.children().forEach(child -> children.add(node(child)));
        return json;
    }

    private static ObjectNode model(ModelRef model) {
        ObjectNode json = JSON.createObjectNode().put("name", model.name());
        model.version().ifPresent(version -> json.put("version", version));
        model.family().ifPresent(family -> json.put("family", family));
        return json;
    }

    private static ObjectNode actor(Actor actor) {
        ObjectNode json = JSON.createObjectNode().put("role", actor.role().wireName());
        actor.id().ifPresent(id -> json.put("id", id));
        actor.family().ifPresent(family -> json.put("family", family));
        return json;
    }

    private static ObjectNode derivation(Derivation derivation) {
        Provenance provenance = derivation.provenance();
        ObjectNode json = JSON.createObjectNode().put("rule", provenance.rule())
                .put("rule_version", provenance.ruleVersion()).put("config_hash", provenance.configHash())
                .put("code_version", provenance.codeVersion());
        ArrayNode sources = json.putArray("sources");
        provenance.sources().forEach(sources::add);
        derivation.judge().ifPresent(judge -> json.set("judge", model(judge)));
        return json;
    }

    private static ObjectNode influence(Influence influence) {
        ObjectNode json = JSON.createObjectNode().put("family", influence.family())
                .put("kind", influence.kind().wireName()).put("direct", influence.direct());
        ArrayNode path = json.putArray("path");
        influence.path().forEach(path::add);
        return json;
    }

    private static String write(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not render JSON: " + e.getMessage(), e);
        }
    }
}
