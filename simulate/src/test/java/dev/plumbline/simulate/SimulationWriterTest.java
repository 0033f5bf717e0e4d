package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.wire.V1Encoder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationWriterTest {
    @Test
    void linesAreTheV1EncodingOfTheSimulatedRecordsInOrder() {
        SimulationConfig config = SimulationConfig.small().withUsers(40);
        List<String> expected = new ArrayList<>();
        V1Encoder encoder = new V1Encoder();
        Simulator.run(config, record -> expected.add(encoder.toJson(record)));
        StringWriter out = new StringWriter();

        new SimulationWriter().writeRecords(config, out);

        assertThat(out.toString().split("\n", -1)).hasSize(expected.size() + 1)
                .startsWith(expected.toArray(String[]::new)).endsWith("");
    }

    @Test
    void aFailingOutputStopsTheRunWithAnUnavailableError() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> new SimulationWriter().writeRecords(SimulationConfig.small(), broken))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("disk full")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
    }

    @Test
    void groundTruthJsonNamesThePlantedEffects() {
        GroundTruth truth = Simulator.run(SimulationConfig.small().withUsers(30), record -> { });
        String json = SimulationWriter.groundTruthJson(truth);

        assertThat(json).contains("\"position_first_share\" : 0.75", "\"evaluated_family\" : \"acme\"",
                "\"teacher\" : \"sage-large@2026-10-05\"", "\"diverging_releases\" : [ \"acme-assist@2026-10-26\" ]",
                "\"raw_thumbs_up_rate\"", "\"ipw_estimate\"", "\"noise_by_annotator\"");
    }

    @Test
    void summaryNamesTheTrapsInPlainWords() {
        GroundTruth truth = Simulator.run(SimulationConfig.small().withUsers(30), record -> { });

        assertThat(truth.summary()).contains("records", "raw thumbs-up rate", "sage-judge-2026-09",
                "12 of 60 eval items (20.0%) for family acme", "goodhart: [acme-assist@2026-10-26]");
    }
}
