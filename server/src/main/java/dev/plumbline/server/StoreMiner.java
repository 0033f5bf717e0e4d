package dev.plumbline.server;

import dev.plumbline.model.ProjectId;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.Miner;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.pairs.Pair;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.signals.Signal;
import dev.plumbline.store.RecordStore;
import dev.plumbline.store.SessionScan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Mines one project straight from the store: the session-ordered scan feeds the streaming miner,
 * watermarked at the project's latest record, so memory does not grow with the project. Gives the
 * same dataset as mining every record in memory. Stateless.
 */
public final class StoreMiner {
    private StoreMiner() {
    }

    /** Streams the project through the miner; signals and surviving pairs go to the sinks. */
    public static DatasetReport mine(RecordStore records, ProjectId project, MiningConfig config,
            Consumer<Signal> signalSink, Consumer<Pair> pairSink) {
        Instant watermark = records.latest(project).orElse(Instant.EPOCH);
        try (SessionScan scan = SessionScan.open(records, project)) {
            return Miner.mine(new SessionStream(scan, config.sessions(), watermark), config, signalSink, pairSink);
        }
    }

    /** The project's dataset with its pairs in memory (the records themselves are streamed). */
    public static Dataset dataset(RecordStore records, ProjectId project, MiningConfig config) {
        List<Pair> pairs = new ArrayList<>();
        DatasetReport report = mine(records, project, config, signal -> { }, pairs::add);
        return new Dataset(pairs, report);
    }
}
