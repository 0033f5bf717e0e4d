package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.monitors.Direction;
import dev.plumbline.monitors.MetricKind;
import dev.plumbline.monitors.ReleaseMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GivenMetricsTest {
    @TempDir
    Path dir;

    @Test
    void postedMetricsAreReadWithTheirKindAndTheUsualDirectionOfAnOutcome() throws Exception {
        Path file = dir.resolve("m.jsonl");
        Files.writeString(file, "{\"release\":\"a@1\",\"metric\":\"reward\",\"kind\":\"proxy\",\"value\":0.8,\"se\":0.01,\"n\":50}\n\n"
                + "{\"release\":\"a@1\",\"metric\":\"churn\",\"kind\":\"outcome\",\"value\":0.1}\n");
        List<ReleaseMetric> metrics = GivenMetrics.read(file);
        assertThat(metrics).extracting(ReleaseMetric::kind).containsExactly(MetricKind.PROXY, MetricKind.OUTCOME);
        assertThat(metrics.get(1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void aMissingFieldIsNamedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"release\":\"a@1\",\"metric\":\"reward\",\"value\":1}\n");
        assertThatThrownBy(() -> GivenMetrics.read(file)).hasMessageContaining("line 1").hasMessageContaining("'kind'");
    }
}
