package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plumbline.export.ExportConfig;
import dev.plumbline.export.ExportResult;
import dev.plumbline.export.Exporter;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Provenance;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.LabelSource;
import dev.plumbline.pairs.Pair;
import dev.plumbline.provenance.Derivation;
import dev.plumbline.provenance.DerivedFact;
import dev.plumbline.provenance.DerivedFactJson;
import dev.plumbline.provenance.FactKind;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairs and datasets as the store keeps them ({@link DerivedEntry}), with a {@link DerivedFactJson}
 * body, so that {@code lineage} resolves them and erasure finds them. A pair's sources are every record
 * it names: its rule's sources, both sides and every label source. No text is stored, only ids.
 */
final class DerivedFacts {
    static final String EXPORT_RULE = "export";

    private DerivedFacts() {
    }

    /** The pairs as entries, computed as they are consumed rather than all at once. */
    static Iterable<DerivedEntry> pairs(Iterable<Pair> pairs, Instant created) {
        return () -> new Iterator<>() {
            private final Iterator<Pair> inner = pairs.iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public DerivedEntry next() {
                return pair(inner.next(), created);
            }
        };
    }

    static DerivedEntry pair(Pair pair, Instant created) {
        Set<String> sources = new LinkedHashSet<>(pair.provenance().sources());
        sources.add(pair.chosen().recordId());
        sources.add(pair.rejected().recordId());
        pair.labelSources().forEach(source -> sources.add(source.recordId()));
        Provenance p = pair.provenance();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(pair.chosen().recordId(), "chosen");
        roles.put(pair.rejected().recordId(), "rejected");
        DerivedFact fact = new DerivedFact(pair.id(), FactKind.PAIR, Derivation.byRule(new Provenance(List.copyOf(sources),
                p.rule(), p.ruleVersion(), p.configHash(), p.codeVersion())), roles, List.of());
        Map<String, Object> details = new TreeMap<>();
        details.put("confidence", pair.confidence());
        details.put("tie", pair.tie());
        details.put("origin", pair.origin().wireName());
        details.put("label_sources", pair.labelSources().stream().map(DerivedFacts::labelSource).toList());
        return DerivedEntry.of(DerivedKind.PAIR, pair.id(), created, pair.userId(), List.copyOf(sources),
                DerivedFactJson.write(fact, details));
    }

    private static Map<String, Object> labelSource(LabelSource source) {
        Map<String, Object> node = new TreeMap<>();
        node.put("record_id", source.recordId());
        node.put("origin", source.origin().wireName());
        node.put("role", source.role().wireName());
        source.actorId().ifPresent(id -> node.put("actor_id", id));
        source.family().ifPresent(family -> node.put("family", family));
        return node;
    }

    /** What an export wrote, to record as a dataset. */
    record Export(String out, String manifestSha256, String configHash, String codeVersion, Map<String, Integer> rowsBySplit,
            boolean allowOverlap, int overlaps) {
    }

    /** A dataset's id: {@code ds-} and 16 hex digits of SHA-256 over the manifest's hash and the folder. */
    static String datasetId(Export export) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((export.manifestSha256() + "\u0000" + export.out()).getBytes(StandardCharsets.UTF_8));
            return "ds-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is missing from this JVM", e);
        }
    }

    static DerivedEntry dataset(List<String> pairIds, Export export, Instant created) {
        String id = datasetId(export);
        DerivedFact fact = new DerivedFact(id, FactKind.DATASET, Derivation.byRule(new Provenance(pairIds, EXPORT_RULE,
                "manifest-1", export.configHash(), export.codeVersion())), Map.of(), List.of());
        Map<String, Object> details = new TreeMap<>();
        details.put("out", export.out());
        details.put("manifest_sha256", export.manifestSha256());
        details.put("rows", export.rowsBySplit());
        details.put("pairs", pairIds.size());
        details.put("allow_overlap", export.allowOverlap());
        details.put("eval_overlaps", export.overlaps());
        return DerivedEntry.of(DerivedKind.DATASET, id, created, Optional.empty(), pairIds,
                DerivedFactJson.write(fact, details));
    }

    /** The export folder a stored dataset names. */
    static Optional<String> datasetOut(DerivedEntry dataset) {
        try {
            return Optional.of(Json.mapper().readTree(DerivedFactJson.details(dataset.id(), dataset.body()))
                    .path("out").asText()).filter(out -> !out.isEmpty());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Records the exported pairs and the dataset made of them; returns the dataset's id. */
    static String recordExport(Store store, ProjectId project, Dataset dataset, ExportResult result, ExportConfig config,
            int overlaps) {
        Instant now = Instant.now();
        store.derived().record(project, pairs(dataset.pairs(), now));
        Export export = new Export(result.out().toAbsolutePath().normalize().toString(),
                result.sha256ByFile().getOrDefault("manifest.json", ""), dataset.report().lineage().configHash(),
                Exporter.codeVersion(), result.rowsBySplit(), config.allowOverlap(), overlaps);
        DerivedEntry entry = dataset(ids(dataset.pairs()), export, now);
        store.derived().record(project, List.of(entry));
        return entry.id();
    }

    static List<String> ids(List<Pair> pairs) {
        List<String> ids = new ArrayList<>(pairs.size());
        pairs.forEach(pair -> ids.add(pair.id()));
        return ids;
    }
}
