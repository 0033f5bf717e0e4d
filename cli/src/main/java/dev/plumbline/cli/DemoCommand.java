package dev.plumbline.cli;

import dev.plumbline.server.FeedbackConfig;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.model.PlumblineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline demo}: the whole loop end to end on a simulated product with planted traps, on
 * the embedded store, with no network and no model; or, given {@code --base-url … --model …}, with
 * that model as the judge instead of the simulated one. See {@link Demo}. With {@code --serve} it then
 * serves the demo's data (dashboard and annotation UI) until interrupted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the loop end to end on a simulated product with planted traps, and show what was caught."
                + " Needs no network; --model NAME [--base-url URL] makes that model the judge; --serve then serves the dashboard.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "plumbline-demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ModelOptions model;

    @Option(names = "--serve", description = "After the run, serve the demo's data (dashboard, annotation UI) until interrupted.")
    boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "With --serve: the port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

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
        System.out.println("  data/                                            the embedded store, with its dashboard and annotation UI");
        if (!serve) {
            System.out.println("      browse it with: ./plumbline serve --data " + out.resolve("data")
                    + "   then open http://localhost:7070/dashboard.html (or run the demo with --serve)");
            System.out.println("      annotation queues and agreement: http://localhost:7070/annotation/admin.html, log in as "
                    + DemoAnnotation.ADMIN + " with password " + demo.adminPassword());
            return ExitCodes.OK;
        }
        Serving serving = serve(out, port, demo.adminPassword(), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.close();
            stopped.countDown();
        }, "plumbline-demo-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }

    /** The demo's store served over HTTP; closing stops the server, then closes the store. */
    record Serving(Store store, PlumblineServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    /**
     * Serves the data of a finished demo run in {@code out} on {@code port} (0 picks a free one), with
     * the dashboard fed as {@code plumbline report} is, and tells the console where to look and how to log in.
     */
    static Serving serve(Path out, int port, String adminPassword, PrintStream console) {
        Path data = out.resolve("data");
        Store store = DuckDbStore.open(data);
        try {
            PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(port), store,
                    FeedbackConfig.loadOrCreate(data), StoredReportInputs.source(store));
            String base = "http://localhost:" + server.port();
            console.printf("%nServing the demo's data on %s (Ctrl-C to stop):%n", base);
            console.println("  loop-health dashboard:  " + base + "/dashboard.html");
            console.println("  annotation admin:       " + base + "/annotation/admin.html  (log in as " + DemoAnnotation.ADMIN
                    + ", password " + adminPassword + ")");
            console.flush();
            return new Serving(store, server);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
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
