package dev.plumbline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged queue label survives {@code kill -9}: a child JVM has six annotators take and
 * submit concurrently (their submits share group commits) and acknowledges each label after
 * {@code submit} returns; the test kills it with SIGKILL mid-work, reopens the store, and finds
 * every acknowledged label both as a v1 record and as a submitted claim, and no claim submitted
 * without its record or the other way round.
 */
class DuckDbQueueCrashDurabilityTest {
    private static final int ACKS_BEFORE_KILL = 60;

    @TempDir
    Path data;

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedLabelSurvivesSigkillWithItsClaimAndNoClaimIsDoneWithoutItsRecord() throws Exception {
        Path stdout = logs.resolve("child.out");
        Path stderr = logs.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LabelUntilKilled.class.getName(), data.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        while (acknowledged(stdout).size() < ACKS_BEFORE_KILL) {
            assertThat(child.isAlive()).as("the child stopped early; stderr: %s", Files.readString(stderr)).isTrue();
            Thread.sleep(20);
        }
        child.destroyForcibly();
        assertThat(child.waitFor()).as("the child was killed by SIGKILL, not finished").isEqualTo(128 + 9);
        Set<String> acks = acknowledged(stdout);

        try (DuckDbStore store = DuckDbStore.open(data)) {
            Set<String> records = new TreeSet<>();
            store.records().scan(LabelUntilKilled.PROJECT, EnumSet.of(Kind.LABEL), r -> records.add(r.id()));
            QueueSnapshot snapshot = store.queues().snapshot(LabelUntilKilled.PROJECT, LabelUntilKilled.QUEUE);
            Set<String> done = snapshot.claims().stream().filter(c -> c.doneAt().isPresent())
                    .map(c -> "label-" + LabelUntilKilled.QUEUE + "-" + c.itemId() + "-" + c.annotator())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            assertThat(records).containsAll(acks);
            assertThat(done).isEqualTo(records);
            assertThat(snapshot.items().stream().mapToInt(QueueSnapshot.ItemState::labels).sum()).isEqualTo(records.size());
            // the reopened store goes on where the dead one stopped, never giving an annotator an item twice
            Lease next = store.queues().take(LabelUntilKilled.PROJECT, LabelUntilKilled.QUEUE, "ann-0", false,
                    java.time.Instant.now()).orElseThrow();
            Label label = store.queues().submit(LabelUntilKilled.PROJECT, next.id(), "ann-0",
                    new Answer("B", List.of(), false, java.util.Map.of()), java.time.Instant.now());
            assertThat(records).doesNotContain(label.id());
        }
    }

    /** The label ids the child acknowledged on complete lines; a line cut short by the kill does not count. */
    private static Set<String> acknowledged(Path stdout) throws IOException {
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        return complete.lines().filter(line -> line.startsWith("ack ")).map(line -> line.substring(4))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
