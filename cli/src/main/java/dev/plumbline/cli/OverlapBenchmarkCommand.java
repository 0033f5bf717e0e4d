package dev.plumbline.cli;

import dev.plumbline.provenance.OverlapBenchmark;
import dev.plumbline.provenance.OverlapBenchmarkResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline bench overlap}: MinHash-LSH over generated train and eval texts at Jaccard 0.8,
 * with recall and speed measured against brute-force exact Jaccard on a sample in the same run.
 */
@Command(name = "overlap", mixinStandardHelpOptions = true, description = "Benchmark the near-duplicate overlap audit (MinHash-LSH).")
final class OverlapBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--train", defaultValue = "1000000", description = "Train texts (default: ${DEFAULT-VALUE}).")
    int train;

    @Option(names = "--eval", defaultValue = "100000", description = "Eval texts (default: ${DEFAULT-VALUE}).")
    int eval;

    @Option(names = "--sample", defaultValue = "2000", description = "Brute-force sample size per side (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        OverlapBenchmarkResult result = OverlapBenchmark.run(OverlapBenchmark.Settings.full().withSizes(train, eval, sample));
        if (json) {
            System.out.println(result.json());
        } else {
            System.out.printf("MinHash-LSH %,d x %,d texts: %.1f s; recall at similarity >= 0.85 on a %,d x %,d sample: %.3f;"
                    + " %.1fx faster than brute force on the sample%n", train, eval, result.totalSeconds(), sample, sample,
                    result.recall(), result.speedupOnSample());
        }
        return ExitCodes.OK;
    }
}
