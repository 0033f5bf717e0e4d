package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.server.FeedbackConfig;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.Store;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline serve}: the HTTP service, until it is stopped (SIGINT/SIGTERM). A background miner
 * keeps {@code GET /v1/pairs/summary} current as records arrive.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP service: ingest, OTLP traces, metrics, API and web UI.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).",
            defaultValue = "${env:PLUMBLINE_PORT:-7070}")
    int port;

    @Option(names = "--max-body-bytes", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).",
            defaultValue = "16777216")
    long maxBodyBytes;

    @Option(names = "--max-batch-records", description = "Most records in one ingest request (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int maxBatchRecords;

    @Option(names = "--max-queued-records", description = "Ingest queue capacity before 429 (default: ${DEFAULT-VALUE}).",
            defaultValue = "200000")
    int maxQueuedRecords;

    @Option(names = "--feedback-origins", split = ",", description = "Page origins allowed to post browser feedback"
            + " with a feedback token, such as https://app.example.com; '*' for any (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:PLUMBLINE_FEEDBACK_ORIGINS:-*}")
    java.util.List<String> feedbackOrigins;

    @Option(names = "--mine-every", description = "How often the background miner re-mines projects whose records"
            + " changed, in seconds; 0 mines only on POST /v1/pairs/mine (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:PLUMBLINE_MINE_EVERY:-60}")
    long mineEverySeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (mineEverySeconds < 0) {
            throw PlumblineException.invalidInput("--mine-every must be 0 or more seconds, was " + mineEverySeconds);
        }
        ServerConfig config = ServerConfig.defaults().withPort(port)
                .withLimits(maxBodyBytes, maxBatchRecords, maxQueuedRecords)
                .withMineEvery(Duration.ofSeconds(mineEverySeconds));
        Store store = storeOptions.open();
        // The token secret lives in the data directory (or PLUMBLINE_FEEDBACK_SECRET), so tokens survive restarts.
        FeedbackConfig feedback = FeedbackConfig.loadOrCreate(storeOptions.data).withAllowedOrigins(feedbackOrigins);
        // the dashboard shows what 'plumbline report' shows without arguments: the same inputs from the same store and data directory
        PlumblineServer server = PlumblineServer.start(config, store, feedback, StoredReportInputs.source(store));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "plumbline-shutdown"));
        System.out.println("Plumbline is serving on http://localhost:" + server.port() + "  (store: " + store.location() + ")");
        if (!store.keys().any()) {
            System.out.println("No API keys exist yet: requests from this machine act on project 'default'."
                    + " Create a key with 'plumbline keys create --project NAME --scope ingest' to require keys.");
        }
        System.out.println("READY port=" + server.port());
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
