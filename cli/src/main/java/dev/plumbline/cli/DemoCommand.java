package dev.plumbline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.model.PlumblineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline demo}: the whole loop end to end on a simulated product with planted traps, on
 * the embedded store, with no network and no model; or, given {@code --base-url … --model …}, with
 * that model as the judge instead of the simulated one. See {@link Demo}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the loop end to end on a simulated product with planted traps, and show what was caught."
                + " Needs no network; --model NAME [--base-url URL] makes that model the judge.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "plumbline-demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ModelOptions model;

    @Option(names = "--judge-pairs", defaultValue = "300", description = "With --model: how many side-by-side pairs the model"
            + " judges, each in both orders (default: ${DEFAULT-VALUE}).")
    int judgePairs;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Demo demo = new Demo(out, seed, System.out);
        if (model.model != null) {
            if (judgePairs < 1) {
                throw PlumblineException.invalidInput("--judge-pairs must be at least 1, was " + judgePairs);
            }
            demo.judgedBy(new DemoModelJudge(OpenAiChatClient.create(model.config(model.model)), judgePairs));
        }
        ObjectNode summary = demo.run();
        System.out.printf("%nDone in %.0f s. What was found:%n", (System.nanoTime() - started) / 1e9);
        DemoFindings.of(summary).forEach(line -> System.out.println("  - " + line));
        System.out.printf("%nEverything is in %s:%n", out.toAbsolutePath());
        System.out.println("  simulation/traffic.jsonl and ground-truth.json  what was simulated and planted");
        System.out.println("  exports/{dpo,kto,sft}/                          TRL datasets with README.md cards and manifest.json");
        System.out.println("  report/loop-health.html                          the loop-health report: open it in a browser (works offline)");
        System.out.println("  demo-summary.json                                planted vs measured, for every trap");
        System.out.println("  data/                                            the embedded store; browse it and its dashboard with:");
        System.out.println("      ./plumbline serve --data " + out.resolve("data") + "   then open http://localhost:7070/dashboard.html");
        System.out.println("      annotation queues and agreement: http://localhost:7070/annotation/admin.html, log in as "
                + DemoAnnotation.ADMIN + " with password " + demo.adminPassword());
        return ExitCodes.OK;
    }

    static void deleteRecursively(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
