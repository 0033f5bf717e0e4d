package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.FilterResult;
import dev.plumbline.pairs.GateResult;
import dev.plumbline.wire.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /v1/pairs/summary}: what the background miner last mined for the caller's project
 * (records and sessions read, signals by type, candidates and pairs by rule and origin, every
 * filter's removals, every gate), and whether that is current. {@code POST /v1/pairs/mine} (admin)
 * asks for a pass now. Field names are part of the public contract.
 */
final class MiningRoutes {
    private final BackgroundMiner miner;
    private final Access access;

    MiningRoutes(BackgroundMiner miner, Access access) {
        this.miner = requireNonNull(miner, "miner is null");
        this.access = requireNonNull(access, "access is null");
    }

    void register(Javalin app) {
        app.get("/v1/pairs/summary", this::summary);
        app.post("/v1/pairs/mine", ctx -> {
            access.require(ctx, Scope.ADMIN);
            miner.requestNow();
            ctx.status(202).json(Map.of("requested", true));
        });
    }

    private void summary(Context ctx) {
        ProjectId project = access.require(ctx, Scope.INGEST);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("project", project.value());
        node.put("every_seconds", miner.every().toSeconds());
        node.put("mining", miner.mining());
        MiningSummary summary = miner.summary(project).orElse(null);
        if (summary == null) {
            node.put("state", "pending");
        } else {
            node.put("state", summary.failure().isPresent() ? "failed" : "mined");
            node.put("mined_at", summary.minedAt().toString());
            node.put("stored_records", summary.storedRecords());
            summary.latestRecord().ifPresent(latest -> node.put("latest_record", latest.toString()));
            node.put("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
            summary.failure().ifPresent(why -> node.put("failure", why));
            summary.report().ifPresent(report -> report(node.putObject("report"), report));
        }
        ctx.json(node);
    }

    private static void report(ObjectNode node, DatasetReport report) {
        node.put("input_watermark", report.lineage().inputWatermark().toString());
        node.put("records", report.lineage().records());
        node.put("sessions", report.lineage().sessions());
        node.put("orphans", report.lineage().orphans());
        node.set("signals", Json.mapper().valueToTree(report.lineage().signalsByType()));
        node.put("candidates", report.candidates());
        node.set("candidates_by_rule", Json.mapper().valueToTree(report.candidatesByRule()));
        node.set("skipped_by_reason", Json.mapper().valueToTree(report.skipsByReason()));
        node.put("pairs", report.lengthAfter().pairs());
        node.set("pairs_by_rule", Json.mapper().valueToTree(report.pairsByRule()));
        node.set("pairs_by_origin", Json.mapper().valueToTree(report.pairsByOrigin()));
        node.put("share_chosen_longer", report.lengthAfter().shareChosenLonger());
        var filters = node.putArray("filters");
        for (FilterResult.FilterCount filter : report.filters()) {
            filters.addObject().put("filter", filter.filter()).put("policy", filter.policy()).put("removed", filter.removed());
        }
        var gates = node.putArray("gates");
        for (GateResult gate : report.gates()) {
            gates.addObject().put("gate", gate.gate()).put("passed", gate.passed()).put("message", gate.message());
        }
        node.put("passed", report.passed());
        node.put("config_hash", report.lineage().configHash());
    }
}
