package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivedFactJsonTest {
    private static final DerivedFact PAIR = new DerivedFact("p-1", FactKind.PAIR,
            Derivation.byRule(Scenario.provenance("prefer-edited-over-original", "f-1", "i-2", "l-3")),
            Map.of("f-1", "chosen", "i-2", "rejected"),
            List.of(Derivation.byJudge(Scenario.provenance("quality-filter", "l-9"), ModelRef.of("gpt-4o", "2024-08-06", "gpt-4"))));

    @Test
    void aDerivedFactReadsBackEqualToWhatWasWritten() {
        String body = DerivedFactJson.write(PAIR, Map.of("confidence", 0.9));

        assertThat(DerivedFactJson.read("p-1", body)).isEqualTo(PAIR);
        assertThat(DerivedFactJson.details("p-1", body)).isEqualTo("{\"confidence\":0.9}");
    }

    @Test
    void aDatasetWithoutRolesOrFiltersReadsBackToo() {
        DerivedFact dataset = new DerivedFact("ds-1", FactKind.DATASET,
                Derivation.byRule(Scenario.provenance("export", "p-1", "p-2")), Map.of(), List.of());

        assertThat(DerivedFactJson.read("ds-1", DerivedFactJson.write(dataset, Map.of()))).isEqualTo(dataset);
    }

    @Test
    void aBodyOfAnUnknownSchemaVersionIsRefused() {
        String body = DerivedFactJson.write(PAIR, Map.of()).replace("\"schema_version\":1", "\"schema_version\":2");

        assertThatThrownBy(() -> DerivedFactJson.read("p-1", body)).isInstanceOf(PlumblineException.class)
                .hasMessageContaining("schema_version 2");
    }
}
