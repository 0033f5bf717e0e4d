package dev.plumbline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.ingest.IngestResult;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.store.StoreStats;
import dev.plumbline.wire.Json;
import java.util.List;
import java.util.Map;

/** JSON shapes of the HTTP API's answers. Field names are part of the public contract. */
final class Responses {
    private static final ObjectMapper MAPPER = Json.mapper();

    private Responses() {
    }

    static ObjectNode ingest(IngestResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("committed", result.committed());
        node.put("received", result.received());
        node.put("accepted", result.accepted());
        strings(node.putArray("duplicates"), result.duplicates());
        problems(node.putArray("rejected"), result.rejected());
        strings(node.putArray("orphans"), result.orphans());
        return node;
    }

    static ObjectNode error(String code, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.putObject("error").put("code", code).put("message", message);
        return node;
    }

    static ObjectNode refusedBatch(IngestResult result) {
        ObjectNode node = ingest(result);
        node.putObject("error").put("code", "invalid_input").put("message", result.rejected().size()
                + " record(s) are invalid; nothing was written (send ?policy=skip to commit the valid ones)");
        return node;
    }

    static ObjectNode stats(StoreStats stats) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("total", stats.total());
        counts(node.putObject("per_kind"), stats.perKind());
        counts(node.putObject("per_model_version"), stats.perModelVersion());
        counts(node.putObject("per_day"), stats.perDay());
        node.put("orphan_feedback", stats.orphanFeedback());
        return node;
    }

    private static void counts(ObjectNode node, Map<String, Long> counts) {
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> node.put(e.getKey(), e.getValue()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void problems(ArrayNode array, List<RecordProblem> problems) {
        for (RecordProblem problem : problems) {
            array.addObject().put("index", problem.index()).put("path", problem.path()).put("reason", problem.reason());
        }
    }
}
