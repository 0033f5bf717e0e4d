package dev.plumbline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the import formats produce must survive the v1 wire format unchanged, since that is how it is stored and sent. */
class ImportedRecordsRoundTripTest {

    @Test
    void everyImportedPandaLmRecordRoundTripsThroughV1() throws IOException {
        assertRoundTrips(PandaLmFormatTest.imported());
    }

    @Test
    void everyImportedLlmbarRecordRoundTripsThroughV1() throws IOException {
        assertRoundTrips(LlmbarFormatTest.read(LlmbarFormatTest.DATASET, new ArrayList<>()));
    }

    private static void assertRoundTrips(List<Record> records) {
        V1Encoder encoder = new V1Encoder();
        String ndjson = records.stream().map(encoder::toJson).collect(Collectors.joining("\n"));
        RecordBatch batch = new BatchDecoder(records.size()).decodeNdjson(ndjson.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).extracting(RecordBatch.IndexedRecord::record).containsExactlyElementsOf(records);
    }
}
