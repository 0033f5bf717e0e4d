package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.ingest.Importer;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.Policy;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.store.Store;
import dev.plumbline.wire.ForeignFormat;
import dev.plumbline.wire.ForeignFormats;
import dev.plumbline.wire.Json;
import dev.plumbline.wire.JsonlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plumbline import FILE...}: v1 JSONL (gzipped or not, {@code -} for stdin) or a foreign
 * shape named by {@code --format} or detected, through the same ingest path as the server.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import records: v1 JSONL (.gz too, '-' for stdin) or a foreign format (--format).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or directories to import; '-' reads stdin.")
    List<String> inputs;

    @Option(names = "--format", description = "v1 or a foreign format (see 'import --list-formats'); detected when unambiguous.")
    String format;

    @Option(names = "--policy", defaultValue = "skip",
            description = "Per batch: 'skip' commits valid records and lists the rest; 'atomic' writes a batch only if all of it is valid (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Records per commit (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        List<ObjectNode> reports = new ArrayList<>();
        boolean anyRejected = false;
        try (Store store = storeOptions.open(); IngestService ingest = IngestService.withDefaults(store.records())) {
            for (String input : inputs) {
                Importer importer = new Importer(ingest, storeOptions.project(), Policy.parse(policy), batchSize);
                String used = importOne(input, importer);
                Importer.Summary summary = importer.finish();
                anyRejected |= summary.rejectedCount() > 0;
                reports.add(report(input, used, summary));
            }
            long orphans = store.records().stats(storeOptions.project()).orphanFeedback();
            print(reports, orphans);
        }
        return anyRejected ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private String importOne(String input, Importer importer) throws IOException {
        if (input.equals("-")) {
            new JsonlReader().read(JsonlReader.gunzipIfNeeded(System.in), importer::accept);
            return "v1";
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw PlumblineException.invalidInput("no such file or directory: " + input);
        }
        Optional<ForeignFormat> foreign = foreignFormat(path);
        if (foreign.isPresent()) {
            int[] index = {0};
            try (ProgressBar bar = bar("import " + path.getFileName(), -1)) {
                foreign.get().read(path, record -> {
                    importer.accept(record, index[0]++);
                    bar.step();
                }, importer::problem);
            }
            return foreign.get().name();
        }
        try (InputStream raw = Files.newInputStream(path); ProgressBar bar = bar("import " + path.getFileName(), Files.size(path))) {
            InputStream counted = new java.io.FilterInputStream(new java.io.BufferedInputStream(raw, 1 << 16)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bar.stepBy(n);
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    int n = super.read();
                    if (n >= 0) {
                        bar.step();
                    }
                    return n;
                }
            };
            new JsonlReader().read(JsonlReader.gunzipIfNeeded(counted), importer::accept);
        }
        return "v1";
    }

    private Optional<ForeignFormat> foreignFormat(Path path) throws IOException {
        if (format != null) {
            return format.equals("v1") ? Optional.empty() : Optional.of(ForeignFormats.named(format));
        }
        if (Files.isRegularFile(path) && JsonlReader.looksLikeV1(path)) {
            return Optional.empty();
        }
        Optional<ForeignFormat> detected = ForeignFormats.detect(path);
        if (detected.isEmpty() && Files.isDirectory(path)) {
            throw PlumblineException.invalidInput(path + " is a directory in no known format: pass --format");
        }
        return detected;
    }

    private ProgressBar bar(String task, long max) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250);
        if (max > 0) {
            builder.setUnit(" MiB", 1 << 20);
        }
        if (noProgress || System.console() == null) {
            builder.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> { }));
        }
        return builder.build();
    }

    private static ObjectNode report(String input, String format, Importer.Summary summary) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("input", input);
        node.put("format", format);
        node.put("received", summary.received());
        node.put("accepted", summary.accepted());
        node.put("duplicates", summary.duplicates());
        node.put("rejected", summary.rejectedCount());
        node.put("not_committed", summary.notCommitted());
        ArrayNode problems = node.putArray("problems");
        for (RecordProblem problem : summary.rejected()) {
            problems.addObject().put("line", problem.index() + 1).put("path", problem.path()).put("reason", problem.reason());
        }
        return node;
    }

    private void print(List<ObjectNode> reports, long orphans) {
        if (json) {
            ObjectNode out = Json.mapper().createObjectNode();
            ArrayNode files = out.putArray("inputs");
            reports.forEach(files::add);
            out.put("orphan_feedback", orphans);
            System.out.println(out.toPrettyString());
            return;
        }
        for (ObjectNode r : reports) {
            System.out.printf("%s (%s): %,d received, %,d accepted, %,d duplicates, %,d rejected%n", r.get("input").asText(),
                    r.get("format").asText(), r.get("received").asLong(), r.get("accepted").asLong(),
                    r.get("duplicates").asLong(), r.get("rejected").asLong());
            r.get("problems").forEach(p -> System.out.printf("  line %d at %s: %s%n", p.get("line").asInt(),
                    p.get("path").asText(), p.get("reason").asText()));
        }
        if (orphans > 0) {
            System.out.printf("%,d feedback record(s) wait for an interaction that has not arrived (kept).%n", orphans);
        }
    }
}
