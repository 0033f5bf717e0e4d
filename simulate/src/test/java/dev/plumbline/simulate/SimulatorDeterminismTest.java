package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedWritesIdenticalBytesForRecordsAndGroundTruth() throws IOException {
        SimulationConfig config = SimulationConfig.small().withUsers(200);
        new SimulationWriter().write(config, dir.resolve("one/traffic.jsonl"));
        new SimulationWriter().write(config, dir.resolve("two/traffic.jsonl"));

        assertThat(Files.readAllBytes(dir.resolve("one/traffic.jsonl")))
                .isNotEmpty().isEqualTo(Files.readAllBytes(dir.resolve("two/traffic.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("one/ground-truth.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("two/ground-truth.json")));
    }

    @Test
    void differentSeedWritesDifferentRecords() throws IOException {
        SimulationConfig config = SimulationConfig.small().withUsers(200);
        new SimulationWriter().write(config, dir.resolve("one/traffic.jsonl"));
        new SimulationWriter().write(config.withSeed(config.seed() + 1), dir.resolve("two/traffic.jsonl"));

        assertThat(Files.readAllBytes(dir.resolve("one/traffic.jsonl")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("two/traffic.jsonl")));
    }

    @Test
    void aUsersRecordsDoNotDependOnHowManyUsersFollow() {
        Observed fewer = new Observed();
        Observed more = new Observed();
        // no planted eval leaks: which users ask a leaked eval prompt is drawn from the number of users
        SimulationConfig config = SimulationConfig.small().withUsers(50)
                .withEval(new EvalSetup("sim-eval-v1", 20, 0.2, "acme", 0));
        Simulator.run(config, fewer);
        Simulator.run(config.withUsers(80), more);

        assertThat(more.interactions).containsAllEntriesOf(fewer.interactions);
    }
}
