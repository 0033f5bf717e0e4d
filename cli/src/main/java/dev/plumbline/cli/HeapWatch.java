package dev.plumbline.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap measurements for a benchmark: {@link #probe()} forces a full collection and records what is
 * left (live data, exactly); a listener records the largest heap left after any collection the JVM
 * ran by itself (an upper bound of the live data, since a young collection leaves old garbage).
 * Probes run on the benchmark's thread; the listener on the JVM's notification thread.
 */
final class HeapWatch {
    private final List<Long> probes = new ArrayList<>();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    private HeapWatch() {
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter) {
                NotificationEmitter emitter = (NotificationEmitter) collector;
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    /** The records, probing the heap every {@code every} records. */
    <T> Iterator<T> probing(Iterator<T> records, long every) {
        return new Iterator<>() {
            private long seen;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public T next() {
                if (++seen % every == 0) {
                    probe();
                }
                return records.next();
            }
        };
    }

    /** Collects fully and records the heap in use afterwards. */
    void probe() {
        System.gc();
        probes.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    void stop() {
        probe();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    List<Long> probes() {
        return List.copyOf(probes);
    }

    long peakLive() {
        return probes.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    long peakAfterGc() {
        return peakAfterGc.get();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                        && !e.getKey().contains("Compressed"))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }
}
