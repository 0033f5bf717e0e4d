package dev.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.FilterResult;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.Pair;
import dev.plumbline.pairs.Skip;
import dev.plumbline.wire.ForeignFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real data end to end: HH-RLHF harmless-base test (2,312 transcripts) imported, mined and exported
 * as conversational DPO Parquet, then read back with parquet-java.
 */
class HhRlhfValidationTest {
    private static final Path HARMLESS_TEST =
            Path.of(System.getProperty("plumbline.shared.data"), "hh_rlhf", "harmless-base", "test.jsonl.gz");
    private static final List<String> WITHOUT_SHARED_PREFIX = List.of("1254", "1688", "1950", "1952", "2036");

    private static Dataset dataset;

    @TempDir
    Path temp;

    @BeforeAll
    static void importAndMine() throws IOException {
        List<Record> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        ForeignFormats.named("hh-rlhf").read(HARMLESS_TEST, records::add, problems::add);
        assertThat(problems).isEmpty();
        MiningResult result = Miner.mine(records, MiningConfig.DEFAULTS);
        dataset = result.dataset();
    }

    private static int removedByFilters() {
        return dataset.report().filters().stream().mapToInt(FilterResult.FilterCount::removed).sum();
    }

    @Test
    void everyTranscriptWithASharedPrefixBecomesAPairMinusWhatTheFiltersReport() {
        assertThat(dataset.report().candidates()).isEqualTo(2307);
        assertThat(dataset.pairs()).hasSize(2307 - removedByFilters());
        assertThat(dataset.report().pairsByRule()).containsOnlyKeys("PreferChosenInChoice");
        assertThat(dataset.report().passed()).isTrue();
    }

    @Test
    void theFiveTranscriptsWithoutASharedPrefixAreReportedNotMangled() {
        assertThat(dataset.report().skipsByReason()).containsExactly(
                java.util.Map.entry("the sides answer different conversations", 5));
        assertThat(dataset.report().skipExamples()).extracting(Skip::sources)
                .extracting(sources -> sources.get(0).split(":")[3])
                .containsExactlyInAnyOrderElementsOf(WITHOUT_SHARED_PREFIX);
        assertThat(dataset.pairs()).extracting(Pair::sessionId)
                .noneMatch(session -> WITHOUT_SHARED_PREFIX.contains(session.split(":")[3]));
    }

    @Test
    void theConversationalDpoParquetReadsBackWithTrlColumnsAndTheCardReportsTheNumbers() throws IOException {
        ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.DPO, true, true).withName("hh-rlhf-harmless-test");
        ExportResult result = Exporter.export(dataset, config, temp.resolve("hh"));
        assertThat(result.written()).isTrue();
        int rows = 0;
        for (String split : result.rowsBySplit().keySet()) {
            ParquetReadBack parquet = ParquetReadBack.read(temp.resolve("hh/" + split + ".parquet"));
            assertThat(parquet.schema.getFields()).extracting(f -> f.getName()).containsExactly("prompt", "chosen", "rejected");
            assertThat(parquet.rows).hasSize(result.rowsBySplit().get(split));
            for (Group row : parquet.rows) {
                assertThat(ParquetReadBack.messages(row, "prompt")).last().asString().startsWith("user: ");
                assertThat(ParquetReadBack.messages(row, "chosen")).singleElement().asString().startsWith("assistant: ");
            }
            rows += parquet.rows.size();
        }
        assertThat(rows).isEqualTo(dataset.pairs().size());
        String card = Files.readString(temp.resolve("hh/README.md"));
        assertThat(card).contains(dataset.pairs().size() + " pairs survived the filters out of 2307 candidates.");
        assertThat(card).contains("| the sides answer different conversations | 5 |");
        for (FilterResult.FilterCount filter : dataset.report().filters()) {
            assertThat(card).contains("| " + filter.filter() + " | " + filter.policy() + " | " + filter.removed() + " |");
        }
    }
}
