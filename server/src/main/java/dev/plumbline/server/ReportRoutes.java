package dev.plumbline.server;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.model.Scope;
import dev.plumbline.report.LoopHealth;
import dev.plumbline.report.LoopHealthJson;
import dev.plumbline.report.ReportAssets;
import dev.plumbline.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The loop-health API and the dashboard's assets: {@code GET /v1/report} (admin scope: it names annotators and their pace)
 * answers the project's {@link LoopHealth} as JSON, with the inputs its {@link ReportInputsSource}
 * gives (queue throughput, the last report snapshot, and what the host adds); {@code /vendor/echarts.min.js} serves the chart
 * library from its WebJar on the classpath, {@code /vendor/loop-health.js} and {@code .css} the
 * renderer shared with the offline HTML report.
 */
final class ReportRoutes {
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    private final Access access;
    private final Store store;
    private final ReportInputsSource inputs;

    ReportRoutes(Access access, Store store, ReportInputsSource inputs) {
        this.access = access;
        this.store = store;
        this.inputs = inputs;
    }

    void register(Javalin app) {
        app.get("/v1/report", this::report);
        app.get("/vendor/echarts.min.js", ctx -> asset(ctx, ReportAssets.echarts(), JAVASCRIPT));
        app.get("/vendor/loop-health.js", ctx -> asset(ctx, ReportAssets.renderer(), JAVASCRIPT));
        app.get("/vendor/loop-health.css", ctx -> asset(ctx, ReportAssets.style(), "text/css; charset=utf-8"));
    }

    private void report(Context ctx) {
        ProjectId project = access.require(ctx, Scope.ADMIN);
        List<Record> records = new ArrayList<>();
        store.records().scan(project, EnumSet.allOf(Kind.class), records::add);
        LoopHealth health = LoopHealth.assemble(project.value(), records, inputs.inputs(project, records), Instant.now());
        ctx.contentType("application/json").result(LoopHealthJson.write(health, false));
    }

    private static void asset(Context ctx, String text, String contentType) {
        ctx.header("Cache-Control", "max-age=3600").contentType(contentType).result(text);
    }
}
