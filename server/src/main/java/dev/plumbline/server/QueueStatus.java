package dev.plumbline.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.BacklogItem;
import dev.plumbline.annotation.QueueMetrics;
import dev.plumbline.annotation.Throughput;
import dev.plumbline.annotation.WorkDone;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.QueueSnapshot;
import dev.plumbline.store.QueueStore;
import dev.plumbline.wire.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A queue's backlog, throughput and gold accuracy, computed from its snapshot, and their JSON shape. */
public final class QueueStatus {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = Json.mapper();

    private QueueStatus() {
    }

    /** Backlog, throughput and gold accuracy of a queue now. */
    public static QueueMetrics metrics(QueueStore queues, ProjectId project, String queueId, Instant now) {
        QueueSnapshot snapshot = queues.snapshot(project, queueId);
        int overlap = snapshot.queue().overlap();
        Map<String, Optional<String>> gold = new java.util.HashMap<>();
        // An expired lease stays in the store until the next take reclaims it; on an idle queue it
        // must not keep its item "in progress".
        Map<String, Integer> live = new java.util.HashMap<>();
        snapshot.claims().stream().filter(c -> c.doneAt().isEmpty() && c.expiresAt().isAfter(now))
                .forEach(c -> live.merge(c.itemId(), 1, Integer::sum));
        List<BacklogItem> items = new ArrayList<>();
        for (QueueSnapshot.ItemState item : snapshot.items()) {
            gold.put(item.itemId(), item.gold());
            items.add(new BacklogItem(item.itemId(), item.policy(), item.enqueuedAt(), item.labels(),
                    live.getOrDefault(item.itemId(), 0), overlap));
        }
        List<WorkDone> work = snapshot.claims().stream().map(c -> new WorkDone(c.annotator(), c.itemId(), c.takenAt(),
                c.doneAt(), c.value(), gold.getOrDefault(c.itemId(), Optional.empty()))).toList();
        return Throughput.measure(items, work, now);
    }

    /** The metrics as the API and {@code annotate status --json} print them. */
    public static ObjectNode json(QueueMetrics metrics) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("items", metrics.items()).put("waiting", metrics.waiting()).put("in_progress", metrics.inProgress())
                .put("complete", metrics.complete()).put("labels", metrics.labels())
                .put("age_p50_seconds", metrics.ageP50Seconds()).put("age_p95_seconds", metrics.ageP95Seconds());
        ObjectNode perPolicy = node.putObject("waiting_per_policy");
        new java.util.TreeMap<>(metrics.waitingPerPolicy()).forEach(perPolicy::put);
        ArrayNode annotators = node.putArray("annotators");
        metrics.annotators().forEach(a -> {
            ObjectNode row = annotators.addObject().put("annotator", a.annotator()).put("labels", a.labels())
                    .put("items_per_hour", a.itemsPerHour()).put("median_seconds_per_item", a.medianSecondsPerItem())
                    .put("gold_labels", a.goldLabels()).put("gold_correct", a.goldCorrect());
            if (a.goldAccuracy().isPresent()) {
                row.put("gold_accuracy", a.goldAccuracy().getAsDouble());
            } else {
                row.putNull("gold_accuracy");
            }
        });
        return node;
    }

}
