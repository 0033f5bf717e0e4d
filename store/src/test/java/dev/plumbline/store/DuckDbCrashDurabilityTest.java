package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged append survives {@code kill -9} of the process that made it: a real child JVM
 * appends to a DuckDB store and acknowledges each batch on stdout after {@code append} returns;
 * the test kills it with SIGKILL in the middle of its work, reopens the store, and finds every
 * acknowledged batch whole and no batch in part. Meanwhile a second process is refused the store.
 */
class DuckDbCrashDurabilityTest {
    private static final int BATCH_SIZE = 50;
    private static final int ACKS_BEFORE_KILL = 10;

    @TempDir
    Path data;

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedBatchSurvivesSigkillOfTheWritingProcessAndNoBatchSurvivesInPart() throws Exception {
        Path stdout = logs.resolve("child.out");
        Path stderr = logs.resolve("child.err");
        Process child = startWriter(stdout, stderr);
        awaitAcknowledgements(child, stdout, stderr, ACKS_BEFORE_KILL);
        child.destroyForcibly();
        assertThat(child.waitFor()).as("the child was killed by SIGKILL, not finished").isEqualTo(128 + 9);
        // every acknowledgement the child printed before it died counts, also those printed after the wait
        List<String> acks = completeLines(stdout);

        Map<Integer, Set<String>> stored = storedIdsPerBatch();

        assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL).allMatch(line -> line.startsWith("ack "));
        Set<Integer> acknowledged = acks.stream().map(ack -> Integer.parseInt(ack.split(" ")[1]))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(stored.keySet()).containsAll(acknowledged);
        assertThat(stored.keySet().size()).as("at most the batch in flight was committed unacknowledged")
                .isLessThanOrEqualTo(acknowledged.size() + 1);
        stored.forEach((batch, ids) -> assertThat(ids).as("batch %d", batch).isEqualTo(expectedIds(batch)));
        acks.forEach(ack -> assertThat(stored.get(Integer.parseInt(ack.split(" ")[1]))).contains(ack.split(" ")[2]));
    }

    @Test
    void aSecondProcessCannotOpenTheStoreWhileAWriterHoldsItAndIsToldWhy() throws Exception {
        Path stdout = logs.resolve("child.out");
        Path stderr = logs.resolve("child.err");
        Process child = startWriter(stdout, stderr);
        try {
            awaitAcknowledgements(child, stdout, stderr, 1);

            assertThatThrownBy(() -> DuckDbStore.open(data)).isInstanceOfSatisfying(PlumblineException.class, e -> {
                assertThat(e.type()).isEqualTo(ErrorType.UNAVAILABLE);
                assertThat(e.getMessage()).contains("in use by another Plumbline process");
            });
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private Process startWriter(Path stdout, Path stderr) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                AppendUntilKilled.class.getName(), data.toString(), "100000", String.valueOf(BATCH_SIZE))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
    }

    /** Waits, without a deadline, until the child has acknowledged {@code wanted} batches; fails if it stops first. */
    private static void awaitAcknowledgements(Process child, Path stdout, Path stderr, int wanted) throws Exception {
        while (completeLines(stdout).size() < wanted) {
            assertThat(child.isAlive()).as("the child stopped early; stderr: %s", Files.readString(stderr)).isTrue();
            Thread.sleep(20);
        }
    }

    /** The lines the child finished writing; a line cut short by the kill is not an acknowledgement. */
    private static List<String> completeLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        return complete.isEmpty() ? List.of() : List.of(complete.split("\n"));
    }

    private Map<Integer, Set<String>> storedIdsPerBatch() {
        Map<Integer, Set<String>> perBatch = new TreeMap<>();
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().scan(AppendUntilKilled.PROJECT, EnumSet.allOf(Kind.class), record -> perBatch
                    .computeIfAbsent(batchOf(record), b -> new TreeSet<>()).add(record.id()));
        }
        return perBatch;
    }

    private static int batchOf(Record record) {
        return Integer.parseInt(record.id().substring(1, record.id().indexOf('-')));
    }

    private static Set<String> expectedIds(int batch) {
        return AppendUntilKilled.batch(batch, BATCH_SIZE).stream().map(Record::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
