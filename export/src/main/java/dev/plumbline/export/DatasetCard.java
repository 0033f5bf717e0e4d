package dev.plumbline.export;

import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.FilterResult;
import dev.plumbline.pairs.GateResult;
import dev.plumbline.pairs.LengthStats;
import dev.plumbline.pairs.Lineage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset card: a {@code README.md} with the Hugging Face YAML header (licence, tags, the
 * {@code configs} that map splits to files, the features and split sizes) and a body with the real
 * numbers of this export: sources, label origins, authors, filters, skips, length bias, gates, split
 * and lineage. Deterministic: the same inputs give the same text.
 */
final class DatasetCard {
    private final StringBuilder text = new StringBuilder();

    private DatasetCard() {
    }

    static String render(ExportConfig config, DatasetReport report, Map<String, Integer> rowsBySplit, String extension) {
        DatasetCard card = new DatasetCard();
        card.header(config, rowsBySplit, extension);
        card.body(config, report, rowsBySplit);
        return card.text.toString();
    }

    private void header(ExportConfig config, Map<String, Integer> rowsBySplit, String extension) {
        int rows = rowsBySplit.values().stream().mapToInt(Integer::intValue).sum();
        line("---");
        line("license: " + config.license());
        line("pretty_name: " + config.name());
        line("task_categories:\n- text-generation");
        line("tags:\n- " + config.format().wireName() + "\n- trl\n- preference\n- plumbline");
        line("size_categories:\n- " + sizeCategory(rows));
        line("configs:\n- config_name: default\n  data_files:");
        rowsBySplit.keySet().forEach(split -> line("  - split: " + split + "\n    path: " + split + "." + extension));
        line("dataset_info:\n  features:");
        for (String column : config.format().columns(config.conversational())) {
            line("  - name: " + column);
            String type = ParquetFile.type(column, config.format(), config.conversational());
            line(type.equals("VARCHAR") ? "    dtype: string" : type.equals("BOOLEAN") ? "    dtype: bool"
                    : "    list:\n    - name: role\n      dtype: string\n    - name: content\n      dtype: string");
        }
        line("  splits:");
        rowsBySplit.forEach((split, n) -> line("  - name: " + split + "\n    num_examples: " + n));
        line("---");
    }

    private void body(ExportConfig config, DatasetReport report, Map<String, Integer> rowsBySplit) {
        Lineage lineage = report.lineage();
        line("\n# " + config.name() + "\n");
        line("Preference data mined by Plumbline from " + lineage.records() + " records in " + lineage.sessions()
                + " sessions (input watermark " + lineage.inputWatermark() + "), for TRL's `"
                + config.format().trainer() + "` in the " + (config.conversational() ? "conversational" : "standard")
                + " format: columns " + String.join(", ", config.format().columns(config.conversational())) + ".");
        int pairs = report.pairsByRule().values().stream().mapToInt(Integer::intValue).sum();
        line("\n" + pairs + " pairs survived the filters out of " + report.candidates() + " candidates.");
        table("Pairs by source rule", "rule", report.pairsByRule());
        table("Pairs by label origin", "origin", report.pairsByOrigin());
        table("Pairs by author of the chosen side", "model version", report.pairsByAuthor());
        filters(report);
        table("Evidence skipped by the pair rules", "reason", report.skipsByReason());
        length("Length statistics (characters, after filters, before balancing)", report.lengthBefore());
        report.balancing().ifPresent(b -> line("\nLength balancing removed " + b.removed() + " pairs: " + b.policy()));
        length("Length statistics of the exported pairs", report.lengthAfter());
        gates(report.gates());
        split(config, rowsBySplit);
        lineage(lineage);
    }

    private void filters(DatasetReport report) {
        line("\n## Filters applied\n\n| filter | policy | removed |\n|---|---|---:|");
        for (FilterResult.FilterCount filter : report.filters()) {
            line("| " + filter.filter() + " | " + filter.policy() + " | " + filter.removed() + " |");
        }
    }

    private void length(String title, LengthStats stats) {
        line("\n## " + title + "\n");
        line(String.format(Locale.ROOT, "- chosen longer than rejected: %.1f%% (equal length %.1f%%)",
                100 * stats.shareChosenLonger(), 100 * stats.shareEqualLength()));
        line(String.format(Locale.ROOT, "- mean length: chosen %.1f, rejected %.1f", stats.meanChosenLength(),
                stats.meanRejectedLength()));
        StringBuilder quantiles = new StringBuilder("- length ratio chosen/rejected quantiles:");
        stats.ratioQuantiles().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                quantiles.append(String.format(Locale.ROOT, " %s %.3f", e.getKey(), e.getValue())));
        line(quantiles.toString());
        StringBuilder histogram = new StringBuilder("- length ratio histogram:");
        LengthStats.bucketNames().forEach(b -> histogram.append(" ").append(b).append(": ")
                .append(stats.ratioHistogram().getOrDefault(b, 0)).append(";"));
        line(histogram.toString());
    }

    private void gates(List<GateResult> gates) {
        line("\n## Gates\n\n| gate | passed | observed | limit |\n|---|---|---:|---:|");
        gates.forEach(g -> line(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f |", g.gate(), g.passed() ? "yes" : "no",
                g.observed(), g.limit())));
    }

    private void split(ExportConfig config, Map<String, Integer> rowsBySplit) {
        line("\n## Split\n");
        line(String.format(Locale.ROOT, "Grouped by %s (and by normalized prompt, so no prompt crosses the split),"
                + " test share %.2f, seed %d. Rows: %s.", config.splitBy().wireName(), config.testShare(), config.seed(),
                rowsBySplit));
    }

    private void lineage(Lineage lineage) {
        line("\n## Lineage\n");
        line("- mining config hash: `" + lineage.configHash() + "`");
        line("- code version: " + lineage.codeVersion());
        line("- records whose interaction was missing (orphans): " + lineage.orphans());
        line("- signals by type: " + lineage.signalsByType());
        line("- rule versions: " + lineage.ruleVersions());
        line("\n`provenance.jsonl` names each pair's rule, evidence and label sources; `manifest.json` names every"
                + " file with its SHA-256, and exporting again from it gives the same bytes.");
    }

    private void table(String title, String key, Map<String, Integer> counts) {
        line("\n## " + title + "\n\n| " + key + " | count |\n|---|---:|");
        counts.forEach((k, v) -> line("| " + k + " | " + v + " |"));
    }

    private void line(String s) {
        text.append(s).append('\n');
    }

    static String sizeCategory(int rows) {
        String[] names = {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B"};
        long limit = 1000;
        for (String name : names) {
            if (rows < limit) {
                return name;
            }
            limit *= 10;
        }
        return "n>1T";
    }
}
