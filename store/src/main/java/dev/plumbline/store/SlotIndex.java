package dev.plumbline.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store's in-memory picture of one queue's open items (in queue order), their claimed
 * slots, label counts and who skipped them, and of its live leases, so choosing the next item and
 * finding expired leases cost no query. Only the embedded adapter uses it: one process owns the
 * DuckDB file and all its queue writes run under one lock, so the picture cannot drift; it is rebuilt
 * from the tables when a queue is first used and after a rolled-back write, and the schema's keys
 * still referee every claim and label. Not thread-safe: guarded by that lock.
 */
final class SlotIndex {
    /** An item with a free slot for the annotator. */
    record Pick(String itemId, int slot) {
    }

    /** A lease taken and not yet submitted, skipped or released. */
    record Live(String leaseId, String itemId, int slot, long takenUs, long expiresUs) {
    }

    /** One open item; its maps are made on first use, since most of a long queue's items have no claim yet. */
    private static final class Entry {
        final boolean gold;
        final long seq;
        int labels;
        Map<Integer, String> slots = Map.of();
        Set<String> skipped = Set.of();

        Entry(boolean gold, int labels, long seq) {
            this.gold = gold;
            this.seq = seq;
            this.labels = labels;
        }

        void claim(int slot, String annotator) {
            if (slots.isEmpty()) {
                slots = new HashMap<>(4);
            }
            slots.put(slot, annotator);
        }

        void skip(String annotator) {
            if (skipped.isEmpty()) {
                skipped = new HashSet<>(4);
            }
            skipped.add(annotator);
        }
    }

    /** Most items {@link #loaded} keeps before it starts over. */
    private static final int MAX_LOADED = 20_000;
    private final int overlap;
    private final Map<String, QueueItem> loaded = new HashMap<>();
    private final LinkedHashMap<String, Entry> open = new LinkedHashMap<>();
    private final Map<String, Live> live = new HashMap<>();
    private int openGold;

    SlotIndex(int overlap) {
        this.overlap = overlap;
    }

    void item(String itemId, boolean gold, int labels, long seq) {
        open.put(itemId, new Entry(gold, labels, seq));
        openGold += gold ? 1 : 0;
    }

    /** The open item's position in the queue ({@code seq}), which finds its row without a scan. */
    Optional<Long> seq(String itemId) {
        Entry entry = open.get(itemId);
        return entry == null ? Optional.empty() : Optional.of(entry.seq);
    }

    void claimed(String itemId, int slot, String annotator) {
        Entry entry = open.get(itemId);
        if (entry != null) {
            entry.claim(slot, annotator);
        }
    }

    void leased(Live lease) {
        live.put(lease.leaseId(), lease);
    }

    /** The lease is no longer live: submitted, skipped, released or reclaimed. */
    void settled(String leaseId) {
        live.remove(leaseId);
    }

    /** Live leases that expired before {@code nowUs}. */
    List<Live> expired(long nowUs) {
        List<Live> expired = new ArrayList<>();
        for (Live lease : live.values()) {
            if (lease.expiresUs() < nowUs) {
                expired.add(lease);
            }
        }
        return expired;
    }

    void skipped(String itemId, String annotator) {
        Entry entry = open.get(itemId);
        if (entry != null) {
            entry.skip(annotator);
        }
    }

    void freed(String itemId, int slot) {
        Entry entry = open.get(itemId);
        if (entry != null && !entry.slots.isEmpty()) {
            entry.slots.remove(slot);
        }
    }

    /** Keeps an open item's content at hand for the takes to come. */
    void load(QueueItem item) {
        if (open.containsKey(item.id())) {
            if (loaded.size() >= MAX_LOADED) {
                loaded.clear();
            }
            loaded.put(item.id(), item);
        }
    }

    Optional<QueueItem> loaded(String itemId) {
        return Optional.ofNullable(loaded.get(itemId));
    }

    void labelled(String itemId) {
        Entry entry = open.get(itemId);
        if (entry != null && ++entry.labels >= overlap) {
            open.remove(itemId);
            loaded.remove(itemId);
            openGold -= entry.gold ? 1 : 0;
        }
    }

    Optional<Pick> pick(String annotator, boolean gold) {
        if (gold && openGold == 0) {
            return Optional.empty();
        }
        for (Map.Entry<String, Entry> item : open.entrySet()) {
            Entry entry = item.getValue();
            if (entry.gold == gold && entry.slots.size() < overlap && !entry.slots.containsValue(annotator)
                    && !entry.skipped.contains(annotator)) {
                int slot = 0;
                while (entry.slots.containsKey(slot)) {
                    slot++;
                }
                return Optional.of(new Pick(item.getKey(), slot));
            }
        }
        return Optional.empty();
    }
}
