package dev.plumbline.store;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The writing process of {@link DuckDbCrashDurabilityTest}: opens the embedded store in the given
 * directory and appends numbered batches, printing {@code ack <batch> <last id>} only after each
 * append has returned, until it has written the given number of batches or is killed.
 */
public final class AppendUntilKilled {
    static final ProjectId PROJECT = new ProjectId("crash");

    private AppendUntilKilled() {
    }

    /** Arguments: data directory, number of batches, records per batch. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        try (DuckDbStore store = DuckDbStore.open(data)) {
            for (int b = 0; b < batches; b++) {
                List<Record> batch = batch(b, size);
                store.records().append(PROJECT, batch);
                System.out.println("ack " + b + " " + batch.get(batch.size() - 1).id());
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    /** Batch {@code b}: interactions {@code b<b>-i<n>} each with a feedback {@code b<b>-f<n>}. */
    static List<Record> batch(int b, int size) {
        List<Record> batch = new ArrayList<>(size);
        for (int n = 0; batch.size() < size; n++) {
            batch.add(SampleRecords.interaction("b" + b + "-i" + n));
            batch.add(SampleRecords.feedback("b" + b + "-f" + n, "b" + b + "-i" + n));
        }
        return batch;
    }
}
