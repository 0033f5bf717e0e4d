package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.store.ErasureReceipt;
import dev.plumbline.store.RecordKey;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline erase --user ID}: erases a user's records from a project (one transaction),
 * writes the erasure log, and lists the exports that hold the user's records and must be rebuilt.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Erase a user's interactions, feedback and labels; list the exports to rebuild.")
final class EraseCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--user", required = true, description = "The user id (user_id of interactions, actor id of feedback and labels).")
    String user;

    @Option(names = "--exports", arity = "1..*", description = "Folders holding exports (any folder with a manifest.json below them).")
    List<Path> exports = List.of();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (user.isBlank()) {
            throw PlumblineException.invalidInput("--user must not be empty");
        }
        ErasureReceipt receipt;
        Set<String> ids = new HashSet<>();
        java.util.Set<Path> stale = new java.util.TreeSet<>();
        try (Store store = storeOptions.open()) {
            store.erasure().recordsOf(storeOptions.project(), user).stream().map(RecordKey::id).forEach(ids::add);
            receipt = store.erasure().erase(storeOptions.project(), user, actor());
            stale.addAll(markedDatasets(store, receipt));
        }
        ids.add(user);
        StaleExports.mentioning(exports, ids).forEach(path -> stale.add(path.toAbsolutePath().normalize()));
        return report(receipt, List.copyOf(stale));
    }

    /** The folders of the recorded datasets this erasure took pairs from. */
    private List<Path> markedDatasets(Store store, ErasureReceipt receipt) {
        return store.derived().list(storeOptions.project(), dev.plumbline.store.DerivedKind.DATASET).stream()
                .filter(dataset -> dataset.invalidatedBy().filter(receipt.erasureId()::equals).isPresent())
                .map(DerivedFacts::datasetOut).flatMap(java.util.Optional::stream).map(Path::of).toList();
    }

    private Integer report(ErasureReceipt receipt, List<Path> stale) throws JsonProcessingException {
        System.out.println(json ? json(receipt, stale) : text(receipt, stale));
        return ExitCodes.OK;
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private static String text(ErasureReceipt receipt, List<Path> stale) {
        StringBuilder out = new StringBuilder("erasure " + receipt.erasureId() + " in project " + receipt.project() + ": erased");
        receipt.counts().forEach((table, count) -> out.append(' ').append(count).append(' ').append(table).append(','));
        out.setLength(out.length() - 1);
        out.append("\nexports to rebuild: ").append(stale.isEmpty() ? "none found" : "");
        stale.forEach(export -> out.append("\n  ").append(export));
        return out.toString();
    }

    private static String json(ErasureReceipt receipt, List<Path> stale) throws JsonProcessingException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("erasure_id", receipt.erasureId());
        node.put("project", receipt.project().value());
        node.put("subject_hash", receipt.subjectHash());
        ObjectNode counts = node.putObject("erased");
        receipt.counts().forEach(counts::put);
        stale.forEach(export -> node.withArray("exports_to_rebuild").add(export.toString()));
        if (stale.isEmpty()) {
            node.putArray("exports_to_rebuild");
        }
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
