package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.AdminEntry;
import dev.plumbline.store.ErasureReceipt;
import dev.plumbline.store.RecordKey;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin API (scope {@code admin}, acting on the key's project): {@code POST /v1/admin/erase}
 * with {@code {"user_id": "..."}} erases a user and answers the erasure id, counts and the keys of
 * the erased records (to find exports to rebuild); {@code GET /v1/admin/audit-log?limit=N} reads
 * the admin audit log.
 */
final class AdminRoutes {
    private final Store store;
    private final Access access;

    AdminRoutes(Store store, Access access) {
        this.store = store;
        this.access = access;
    }

    void register(Javalin app) {
        app.post("/v1/admin/erase", this::erase);
        app.get("/v1/admin/audit-log", this::auditLog);
    }

    private void erase(Context ctx) {
        ProjectId project = access.require(ctx, Scope.ADMIN);
        String userId = userId(PlumblineServer.json(ctx.bodyAsBytes()));
        Set<RecordKey> erased = store.erasure().recordsOf(project, userId);
        ErasureReceipt receipt = store.erasure().erase(project, userId, access.actor(ctx));
        ObjectNode answer = receipt(receipt, erased);
        ArrayNode datasets = answer.putArray("datasets_to_rebuild");
        store.derived().list(project, dev.plumbline.store.DerivedKind.DATASET).stream()
                .filter(dataset -> dataset.invalidatedBy().filter(receipt.erasureId()::equals).isPresent())
                .forEach(dataset -> datasets.add(dataset.id()));
        ctx.json(answer);
    }

    private static String userId(JsonNode body) {
        JsonNode user = body.path("user_id");
        if (!user.isTextual() || user.asText().isBlank()) {
            throw PlumblineException.invalidInput("send {\"user_id\": \"...\"}: the id of the user to erase");
        }
        return user.asText();
    }

    private static ObjectNode receipt(ErasureReceipt receipt, Set<RecordKey> erased) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("erasure_id", receipt.erasureId());
        node.put("subject_hash", receipt.subjectHash());
        node.put("at", receipt.at().toString());
        ObjectNode counts = node.putObject("erased");
        receipt.counts().forEach(counts::put);
        ArrayNode records = node.putArray("records");
        erased.stream().sorted(Comparator.comparing((RecordKey k) -> k.kind().wireName()).thenComparing(RecordKey::id))
                .forEach(key -> records.addObject().put("kind", key.kind().wireName()).put("id", key.id()));
        return node;
    }

    private void auditLog(Context ctx) {
        ProjectId project = access.require(ctx, Scope.ADMIN);
        int limit = Optional.ofNullable(ctx.queryParam("limit")).map(AdminRoutes::limit).orElse(100);
        List<AdminEntry> entries = store.adminLog().read(project, limit);
        ArrayNode array = Json.mapper().createArrayNode();
        for (AdminEntry entry : entries) {
            array.addObject().put("seq", entry.seq()).put("at", entry.at().toString()).put("actor", entry.actor())
                    .put("action", entry.action().wireName()).put("detail", entry.detail());
        }
        ObjectNode node = Json.mapper().createObjectNode();
        node.set("entries", array);
        ctx.json(node);
    }

    private static int limit(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw PlumblineException.invalidInput("limit must be a whole number, was '" + value + "'");
        }
    }
}
