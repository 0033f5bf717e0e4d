package dev.plumbline.cli;

import picocli.CommandLine.Command;

/** {@code plumbline bench ...}: the benchmarks behind BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark; results go to BENCHMARKS.md.",
        subcommands = {IngestBenchmark.class, ImportBenchmark.class, OverlapBenchmarkCommand.class, SimulateCommand.Bench.class, MineBenchmark.class,
            AnnotateBenchmarkCommand.class})
final class BenchCommand {
}
