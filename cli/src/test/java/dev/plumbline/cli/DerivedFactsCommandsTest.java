package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.provenance.DerivedFactJson;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mine and export record their pairs and dataset in the store; lineage resolves them; erase removes them. */
class DerivedFactsCommandsTest {
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void storeGeneratedTraffic() {
        data = dir.resolve("data");
        List<Record> records = new ArrayList<>();
        new MineTraffic(3_000, 7).forEachRemaining(records::add);
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().append(ProjectId.DEFAULT, records);
        }
    }

    private String run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CommandLineRun.stdout(all.toArray(String[]::new));
    }

    private List<DerivedEntry> stored(DerivedKind kind) {
        try (DuckDbStore store = DuckDbStore.open(data)) {
            return store.derived().list(ProjectId.DEFAULT, kind);
        }
    }

    private static DerivedEntry editedPair(List<DerivedEntry> pairs) {
        return pairs.stream().filter(p -> DerivedFactJson.read(p.id(), p.body()).derivedBy().provenance().rule()
                .equals("PreferEditedOverOriginal")).findFirst().orElseThrow();
    }

    @Test
    void mineRecordsEveryPairItKeepsWithItsRuleSourcesAndLabelSourcesOnceOnly() throws Exception {
        String first = run("mine", "--json");
        String again = run("mine", "--json");

        JsonNode report = Json.mapper().readTree(first.substring(first.indexOf('\n') + 1));
        List<DerivedEntry> pairs = stored(DerivedKind.PAIR);
        assertThat(pairs).hasSize(report.get("pairs").asInt()).isNotEmpty();
        assertThat(report.get("pairs_recorded").asInt()).isEqualTo(pairs.size());
        assertThat(Json.mapper().readTree(again.substring(again.indexOf('\n') + 1)).get("pairs_recorded").asInt()).isZero();
        DerivedEntry pair = editedPair(pairs);
        JsonNode body = Json.mapper().readTree(pair.body());
        assertThat(body.get("derived_by").get("rule_version").asText()).isNotBlank();
        assertThat(body.get("details").get("label_sources")).isNotEmpty();
        assertThat(pair.sources()).contains(body.get("details").get("label_sources").get(0).get("record_id").asText());
        assertThat(pair.userId()).isPresent();
    }

    @Test
    void lineageOfAMinedPairShowsTheRecordsTheModelsAndTheRuleAsATree() {
        run("mine");
        DerivedEntry pair = editedPair(stored(DerivedKind.PAIR));

        String tree = run("lineage", pair.id());
        String json = run("lineage", pair.id(), "--json");

        assertThat(tree).startsWith("0\n").contains("pair " + pair.id() + " · pair derived by PreferEditedOverOriginal@")
                .contains("chosen: feedback ").contains("edit of: interaction ")
                .contains("written by acme-assist@2026-10-01 [llama-3]")
                .contains("llama-3 written_from_draft (transitive)");
        assertThat(json).startsWith("0\n").contains("\"" + pair.id() + "\"");
    }

    @Test
    void exportRecordsItsDatasetAndLineageWalksFromTheDatasetThroughItsPairsToTheRecords() throws Exception {
        Path out = dir.resolve("dpo");
        String exported = run("export", "--out", out.toString(), "--allow-overlap");

        Matcher id = Pattern.compile("dataset (ds-[0-9a-f]{16}) recorded").matcher(exported);
        assertThat(exported).startsWith("0\n");
        assertThat(id.find()).isTrue();
        DerivedEntry dataset = stored(DerivedKind.DATASET).get(0);
        assertThat(dataset.id()).isEqualTo(id.group(1));
        assertThat(dataset.sources()).hasSameSizeAs(stored(DerivedKind.PAIR)).isNotEmpty();
        assertThat(DerivedFacts.datasetOut(dataset)).contains(out.toAbsolutePath().normalize().toString());
        JsonNode manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
        assertThat(manifest.get("export_config").get("allow_overlap").asBoolean()).isTrue();
        String tree = run("lineage", dataset.id());
        assertThat(tree).startsWith("0\n").contains("dataset " + dataset.id() + " · dataset derived by export@manifest-1")
                .contains("├─ source: pair ").contains("written by acme-assist@2026-10-01 [llama-3]");
    }

    @Test
    void aDatasetTreeLargeEnoughToBeReadWholeIsTheSameTreeAsOneReadIdById() {
        run("export", "--out", dir.resolve("dpo").toString());
        try (DuckDbStore store = DuckDbStore.open(data)) {
            String id = store.derived().list(ProjectId.DEFAULT, DerivedKind.DATASET).get(0).id();
            dev.plumbline.provenance.LineageNode stored = new dev.plumbline.provenance.Lineage(
                    new StoredLineageSource(store, ProjectId.DEFAULT)).resolve(id);
            dev.plumbline.provenance.LineageNode inMemory = new dev.plumbline.provenance.Lineage(
                    new dev.plumbline.provenance.InMemoryLineageSource(RecordsLoader.all(store, ProjectId.DEFAULT),
                            StoredLineageSource.facts(store, ProjectId.DEFAULT))).resolve(id);

            assertThat(stored.size()).isGreaterThan(StoredLineageSource.LOOKUPS_BEFORE_LOADING);
            assertThat(stored).isEqualTo(inMemory);
        }
    }

    @Test
    void erasingAUserRemovesTheirPairsAndNamesTheExportThatHeldThem() {
        Path out = dir.resolve("dpo");
        run("export", "--out", out.toString());
        DerivedEntry pair = editedPair(stored(DerivedKind.PAIR));
        String user = pair.userId().orElseThrow();

        String erased = run("erase", "--user", user);

        assertThat(erased).startsWith("0\n").containsPattern("[1-9][0-9]* derived")
                .contains(out.toAbsolutePath().normalize().toString());
        assertThat(stored(DerivedKind.PAIR)).noneMatch(p -> p.userId().equals(pair.userId()) || p.id().equals(pair.id()));
        DerivedEntry dataset = stored(DerivedKind.DATASET).get(0);
        assertThat(dataset.invalidatedBy()).isPresent();
        assertThat(dataset.sources()).doesNotContain(pair.id());
        assertThat(run("lineage", pair.id())).doesNotStartWith("0\n");
    }
}
