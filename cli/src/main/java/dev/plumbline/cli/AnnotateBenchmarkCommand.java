package dev.plumbline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plumbline bench annotate}: concurrent annotators taking and submitting on the embedded store. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Benchmark annotation queues: p50/p95/p99 of take and submit with concurrent annotators,"
                + " calling the embedded store directly; with --think-ms they pause like people between operations.")
final class AnnotateBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "100000", description = "Queued items (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--annotators", defaultValue = "20", description = "Concurrent annotators (default: ${DEFAULT-VALUE}).")
    int annotators;

    @Option(names = "--labels", defaultValue = "100", description = "Labels per annotator (default: ${DEFAULT-VALUE}).")
    int labels;

    @Option(names = "--think-ms", defaultValue = "0", description = "Mean pause of each annotator after a take and"
            + " after a submit, drawn between half and one and a half times it; 0 runs flat out (default: ${DEFAULT-VALUE}).")
    long thinkMs;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AnnotateBenchmark.Result result = AnnotateBenchmark.run(items, annotators, labels, thinkMs);
        System.out.println(json ? result.json() : result.text());
        return ExitCodes.OK;
    }
}
