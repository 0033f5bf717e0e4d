package dev.plumbline.cli;

import dev.plumbline.simulate.GroundTruth;
import dev.plumbline.simulate.SimulationBenchmark;
import dev.plumbline.simulate.SimulationConfig;
import dev.plumbline.simulate.SimulationWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plumbline simulate}: seeded product traffic with planted traps, and the ground truth beside it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write seeded LLM-product traffic with planted traps (v1 JSONL) and ground-truth.json beside it.")
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "The JSONL file to write; ground-truth.json goes beside it.")
    Path out;

    @Option(names = "--users", description = "Users to simulate (default: the standard configuration's).")
    Integer users;

    @Option(names = "--weeks", description = "Weeks of traffic (default: the standard configuration's).")
    Integer weeks;

    @Option(names = "--small", description = "The demo's small configuration (1,500 users, 4 weeks).")
    boolean small;

    @Override
    public Integer call() {
        SimulationConfig config = (small ? SimulationConfig.small() : SimulationConfig.defaults()).withSeed(seed);
        if (users != null) {
            config = config.withUsers(users);
        }
        if (weeks != null) {
            config = config.withWeeks(weeks);
        }
        GroundTruth truth = new SimulationWriter().write(config, out);
        System.out.println(truth.summary());
        System.out.println("wrote " + out + " and " + SimulationWriter.groundTruthPath(out));
        return ExitCodes.OK;
    }

    /** {@code plumbline bench simulate}: a month of traffic for many users, records/s and CPU seconds. */
    @Command(name = "simulate", mixinStandardHelpOptions = true, description = "Benchmark the simulator (default: 50,000 users, 5 weeks).")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--users", defaultValue = "50000", description = "Users (default: ${DEFAULT-VALUE}).")
        int users;

        @Option(names = "--seed", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            System.out.println(SimulationBenchmark.run(users, seed).summary());
            return ExitCodes.OK;
        }
    }
}
