package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.store.Store;
import dev.plumbline.store.StoreStats;
import dev.plumbline.wire.Json;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline stats}: counts per kind, per model version and per day. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the store holds: per kind, model version, day.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            StoreStats stats = store.records().stats(storeOptions.project());
            System.out.println(json ? toJson(stats).toPrettyString() : toText(stats));
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(StoreStats stats) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("total", stats.total());
        put(node.putObject("per_kind"), stats.perKind());
        put(node.putObject("per_model_version"), stats.perModelVersion());
        put(node.putObject("per_day"), stats.perDay());
        node.put("orphan_feedback", stats.orphanFeedback());
        return node;
    }

    private static void put(ObjectNode node, Map<String, Long> counts) {
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> node.put(e.getKey(), e.getValue()));
    }

    static String toText(StoreStats stats) {
        StringBuilder out = new StringBuilder();
        out.append("records: ").append(stats.total()).append('\n');
        section(out, "per kind", stats.perKind());
        section(out, "interactions per model version", stats.perModelVersion());
        section(out, "records per day", stats.perDay());
        out.append("orphan feedback (interaction not received): ").append(stats.orphanFeedback());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Long> counts) {
        out.append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format("  %-40s %,12d%n", e.getKey(), e.getValue())));
    }
}
