package dev.plumbline.store;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Queues and accounts in SQL, shared by both adapters. The invariants live in the schema: an
 * item's slots are its claim rows' primary key ({@code slot < overlap}), and {@code (item,
 * annotator)} is unique, so no race can put two annotators in one slot, exceed k, or give one
 * annotator an item twice. Takes of one queue are serialized (PostgreSQL: a row lock on the queue,
 * valid across servers; DuckDB, one process per file: a fair lock), so they do not fight for the
 * same slot. On DuckDB, takes and submits go through a {@link GroupCommit}: one thread runs all
 * that wait in one transaction on the record writer's connection (a submit's claim and its label
 * record commit together) and the callers share its durable commit; choosing a slot, reading the
 * item and checking a lease use in-memory state rebuilt from the tables (see {@link SlotIndex}).
 */
final class JdbcAnnotationStore implements QueueStore, AccountStore {
    /** Work inside one transaction. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int WINDOW = 64;
    /** How many positions of the queue one miss of the embedded item window loads. */
    private static final int ITEM_WINDOW = 1024;
    private static final int ADD_CHUNK = 500;
    /** Expired leases are looked for at most this often per queue (in the callers' clock). */
    private static final Duration RECLAIM_EVERY = Duration.ofSeconds(1);
    /** The embedded store's slot indexes by project/queue; guarded by {@link #embeddedWrites}. */
    private final Map<String, SlotIndex> indexes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Queue> settings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Instant> lastReclaim = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String ITEM_COLUMNS = "item_id, first_id, second_id, payload, policy, gold, enqueued_us";
    private final JdbcKeyStore.ConnectionSource connections;
    private final RecordStore records;
    private final boolean postgres;
    private final ReentrantLock embeddedWrites = new ReentrantLock(true);
    /** The embedded store's live leases by project/lease id, as taken; a miss asks the database. */
    private final Map<String, Lease> leases = new java.util.concurrent.ConcurrentHashMap<>();
    /** The embedded store's takes and submits, many to a commit; absent for PostgreSQL. */
    private final Optional<GroupCommit> commits;
    /** The current group commit's writes, sent just before it commits; guarded by {@link #embeddedWrites}. */
    private final QueueWrites pending = new QueueWrites();

    JdbcAnnotationStore(JdbcKeyStore.ConnectionSource connections, RecordStore records, String dialect) {
        this.connections = connections;
        this.records = records;
        this.postgres = dialect.equals("postgresql");
        this.commits = !postgres && records instanceof JdbcRecordStore jdbc
                ? Optional.of(new GroupCommit("plumbline-queue-commits", units -> batch(jdbc, units)))
                : Optional.empty();
    }

    /**
     * Runs the embedded store's waiting takes and submits in one transaction on the record writer's
     * connection, so a label's claim and its v1 record commit together, durably, once for all of them.
     */
    private List<Object> batch(JdbcRecordStore jdbc, List<GroupCommit.Unit<?>> units) {
        embeddedWrites.lock();
        try {
            return jdbc.inWriteTransaction(c -> {
                List<Object> results = new ArrayList<>(units.size());
                for (GroupCommit.Unit<?> unit : units) {
                    try {
                        results.add(unit.run(c));
                    } catch (PlumblineException e) {
                        // takes and submits refuse (unknown lease, expired, ...) before they change anything
                        results.add(new GroupCommit.Refused(e));
                    }
                }
                pending.flush(c, jdbc);
                return results;
            });
        } catch (RuntimeException e) {
            pending.clear();
            // a statement whose execution failed is not trusted again: prepared anew on the retries
            pending.close();
            forgetCaches();
            throw e;
        } finally {
            embeddedWrites.unlock();
        }
    }

    /** Sends the group commit's held-back writes before a read that must see them. */
    private void flushPending(Connection c) throws SQLException {
        if (!pending.isEmpty()) {
            try {
                pending.flush(c, (JdbcRecordStore) records);
            } catch (RuntimeException e) {
                // other units' writes went with it: fail the batch rather than refuse only this unit
                throw new SQLException("the held-back queue writes failed: " + e.getMessage(), e);
            }
        }
    }

    /** A rolled-back transaction may have touched the caches: they are rebuilt from the database. */
    private void forgetCaches() {
        indexes.clear();
        leases.clear();
    }

    /** Stops the embedded store's commit thread after the work already handed to it. */
    void close() {
        commits.ifPresent(GroupCommit::close);
        embeddedWrites.lock();
        try {
            pending.close();
        } finally {
            embeddedWrites.unlock();
        }
    }

    private static String key(ProjectId project, String id) {
        return project.value() + "/" + id;
    }

    @Override
    public void create(ProjectId project, Queue queue) {
        write("create the queue", c -> {
            if (queue(c, project, queue.id(), false).isPresent()) {
                throw new PlumblineException(ErrorType.CONFLICT, "project " + project + " already has a queue '" + queue.id() + "'");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_queues (project, queue_id, name, kind,"
                    + " overlap, lease_ms, guideline, guideline_url, assisted, gold_rate, seed, created_us)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, project.value());
                s.setString(2, queue.id());
                s.setString(3, queue.name());
                s.setString(4, queue.kind().wireName());
                s.setInt(5, queue.overlap());
                s.setLong(6, queue.lease().toMillis());
                s.setString(7, queue.guideline());
                s.setString(8, queue.guidelineUrl().orElse(null));
                s.setBoolean(9, queue.assisted());
                s.setDouble(10, queue.goldRate());
                s.setLong(11, queue.seed());
                s.setLong(12, StoreLimits.micros(queue.createdAt()));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Queue> queue(ProjectId project, String queueId) {
        return read("read the queue", c -> queue(c, project, queueId, false));
    }

    @Override
    public List<Queue> queues(ProjectId project) {
        return read("list queues", c -> {
            List<Queue> queues = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(QUEUE_SELECT + " WHERE project = ? ORDER BY queue_id")) {
                s.setString(1, project.value());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        queues.add(queue(rs));
                    }
                }
            }
            return queues;
        });
    }

    private static final String QUEUE_SELECT = "SELECT queue_id, name, kind, overlap, lease_ms, guideline, guideline_url,"
            + " assisted, gold_rate, seed, created_us FROM annotation_queues";

    private Optional<Queue> queue(Connection c, ProjectId project, String queueId, boolean lock) throws SQLException {
        String sql = QUEUE_SELECT + " WHERE project = ? AND queue_id = ?" + (lock && postgres ? " FOR UPDATE" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, project.value());
            s.setString(2, queueId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(queue(rs)) : Optional.empty();
            }
        }
    }

    /** The queue, from the cache (settings never change) unless a PostgreSQL row lock is wanted. */
    private Queue existing(Connection c, ProjectId project, String queueId, boolean lock) throws SQLException {
        String key = project.value() + "/" + queueId;
        Queue cached = settings.get(key);
        if (cached != null && !(lock && postgres)) {
            return cached;
        }
        Queue queue = queue(c, project, queueId, lock).orElseThrow(() -> PlumblineException.notFound(
                "project " + project + " has no queue '" + queueId + "'"));
        settings.put(key, queue);
        return queue;
    }

    private static Queue queue(ResultSet rs) throws SQLException {
        return new Queue(rs.getString(1), rs.getString(2), QueueKind.fromWire(rs.getString(3)), rs.getInt(4),
                Duration.ofMillis(rs.getLong(5)), rs.getString(6), Optional.ofNullable(rs.getString(7)), rs.getBoolean(8),
                rs.getDouble(9), rs.getLong(10), instant(rs.getLong(11)));
    }

    @Override
    public int add(ProjectId project, String queueId, List<QueueItem> items) {
        return write("add items", c -> {
            Queue queue = existing(c, project, queueId, false);
            items.forEach(item -> checkKind(queue, item));
            int added = 0;
            // many rows per statement: one round trip per chunk instead of one per item
            for (int from = 0; from < items.size(); from += ADD_CHUNK) {
                List<QueueItem> chunk = items.subList(from, Math.min(items.size(), from + ADD_CHUNK));
                String rows = String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_items (project, queue_id, "
                        + ITEM_COLUMNS + ") VALUES " + rows + " ON CONFLICT DO NOTHING")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        bindItem(s, 9 * i, project, queueId, chunk.get(i));
                    }
                    added += s.executeUpdate();
                }
            }
            indexes.remove(project.value() + "/" + queueId);
            return added;
        });
    }

    private static void checkKind(Queue queue, QueueItem item) {
        boolean pair = item.subject() instanceof LabelSubject.Pair;
        if (pair != (queue.kind() == QueueKind.PAIRWISE)) {
            throw PlumblineException.invalidInput("item " + item.id() + " is " + (pair ? "a pair" : "a single item")
                    + " but queue " + queue.id() + " is " + queue.kind().wireName());
        }
    }

    private static void bindItem(PreparedStatement s, int offset, ProjectId project, String queueId, QueueItem item)
            throws SQLException {
        s.setString(offset + 1, project.value());
        s.setString(offset + 2, queueId);
        s.setString(offset + 3, item.id());
        if (item.subject() instanceof LabelSubject.Pair pair) {
            s.setString(offset + 4, pair.first());
            s.setString(offset + 5, pair.second());
        } else {
            s.setString(offset + 4, ((LabelSubject.Item) item.subject()).id());
            s.setNull(offset + 5, Types.VARCHAR);
        }
        s.setString(offset + 6, item.payload());
        s.setString(offset + 7, item.policy());
        s.setString(offset + 8, item.gold().orElse(null));
        s.setLong(offset + 9, StoreLimits.micros(item.enqueuedAt()));
    }

    @Override
    public Optional<Lease> take(ProjectId project, String queueId, String annotator, boolean gold, Instant now) {
        GroupCommit.Unit<Optional<Lease>> work = c -> takeIn(c, project, queueId, annotator, gold, now);
        return commits.isPresent() ? commits.get().run(work) : write("take an item", work::run);
    }

    private Optional<Lease> takeIn(Connection c, ProjectId project, String queueId, String annotator, boolean gold,
            Instant now) throws SQLException {
        Queue queue = existing(c, project, queueId, true);
        reclaimExpired(c, project, queue, now);
        Optional<Candidate> candidate = choose(c, project, queue, annotator, gold);
        if (candidate.isEmpty()) {
            candidate = choose(c, project, queue, annotator, !gold);
        }
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Lease lease = claim(c, project, queue, annotator, candidate.get(), now);
        indexed(project, queueId).ifPresent(index -> {
            index.claimed(lease.item().id(), lease.slot(), annotator);
            index.leased(new SlotIndex.Live(lease.id(), lease.item().id(), lease.slot(),
                    StoreLimits.micros(lease.takenAt()), StoreLimits.micros(lease.expiresAt())));
        });
        if (!postgres) {
            leases.put(key(project, lease.id()), lease);
        }
        return Optional.of(lease);
    }

    /** An item with a free slot for the annotator. */
    private record Candidate(String itemId, int slot) {
    }

    /** The embedded store picks from its in-memory index; PostgreSQL (shared by servers) asks the database. */
    private Optional<Candidate> choose(Connection c, ProjectId project, Queue queue, String annotator, boolean gold)
            throws SQLException {
        if (postgres) {
            return candidate(c, project, queue, annotator, gold);
        }
        return index(c, project, queue).pick(annotator, gold).map(pick -> new Candidate(pick.itemId(), pick.slot()));
    }

    private Optional<SlotIndex> indexed(ProjectId project, String queueId) {
        return Optional.ofNullable(indexes.get(project.value() + "/" + queueId));
    }

    private SlotIndex index(Connection c, ProjectId project, Queue queue) throws SQLException {
        String key = project.value() + "/" + queue.id();
        SlotIndex index = indexes.get(key);
        if (index == null) {
            flushPending(c);
            index = loadIndex(c, project, queue);
            indexes.put(key, index);
        }
        return index;
    }

    /** The queue's open items, claims and skips from the tables; label counts come from {@code annotation_labels}. */
    private static SlotIndex loadIndex(Connection c, ProjectId project, Queue queue) throws SQLException {
        SlotIndex index = new SlotIndex(queue.overlap());
        try (PreparedStatement s = c.prepareStatement("SELECT i.item_id, i.gold IS NOT NULL, coalesce(n.labels, 0), i.seq"
                + " FROM annotation_items i LEFT JOIN (SELECT item_id, count(*) AS labels FROM annotation_labels"
                + " WHERE project = ? AND queue_id = ? GROUP BY item_id) n ON n.item_id = i.item_id"
                + " WHERE i.project = ? AND i.queue_id = ? AND coalesce(n.labels, 0) < ? ORDER BY i.seq")) {
            bindQueue(s, project, queue.id(), 2);
            s.setInt(5, queue.overlap());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    index.item(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getLong(4));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT c.item_id, c.slot, c.annotator, c.lease_id, c.taken_us,"
                + " c.expires_us, l.lease_id IS NULL FROM annotation_claims c LEFT JOIN annotation_labels l"
                + " ON l.lease_id = c.lease_id WHERE c.project = ? AND c.queue_id = ?")) {
            bindQueue(s, project, queue.id(), 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    index.claimed(rs.getString(1), rs.getInt(2), rs.getString(3));
                    if (rs.getBoolean(7)) {
                        index.leased(new SlotIndex.Live(rs.getString(4), rs.getString(1), rs.getInt(2), rs.getLong(5),
                                rs.getLong(6)));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT item_id, annotator FROM annotation_skips"
                + " WHERE project = ? AND queue_id = ?")) {
            bindQueue(s, project, queue.id(), 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    index.skipped(rs.getString(1), rs.getString(2));
                }
            }
        }
        return index;
    }

    /** Binds project and queue id {@code times} times from the first parameter on. */
    private static void bindQueue(PreparedStatement s, ProjectId project, String queueId, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            s.setString(2 * i + 1, project.value());
            s.setString(2 * i + 2, queueId);
        }
    }

    private void reclaimExpired(Connection c, ProjectId project, Queue queue, Instant now) throws SQLException {
        String queueId = queue.id();
        String key = project.value() + "/" + queueId;
        Instant last = lastReclaim.get(key);
        if (last != null && !now.isBefore(last) && Duration.between(last, now).compareTo(RECLAIM_EVERY) < 0) {
            return;
        }
        lastReclaim.put(key, now);
        if (!postgres) {
            reclaimEmbedded(c, project, queue, now);
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotation_claims WHERE project = ? AND queue_id = ?"
                + " AND done_us IS NULL AND expires_us < ? RETURNING item_id, slot, lease_id")) {
            s.setString(1, project.value());
            s.setString(2, queueId);
            s.setLong(3, StoreLimits.micros(now));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    leases.remove(key(project, rs.getString(3)));
                }
            }
        }
    }

    /**
     * The embedded store finds expired leases in its slot index, so a take pays no query when none
     * expired; the few that did are deleted by lease id, with their {@code taken_us} range letting
     * DuckDB skip the row groups of older claims.
     */
    private void reclaimEmbedded(Connection c, ProjectId project, Queue queue, Instant now) throws SQLException {
        SlotIndex index = index(c, project, queue);
        List<SlotIndex.Live> expired = index.expired(StoreLimits.micros(now));
        if (expired.isEmpty()) {
            return;
        }
        flushPending(c);
        String in = String.join(", ", java.util.Collections.nCopies(expired.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotation_claims WHERE project = ? AND queue_id = ?"
                + " AND taken_us BETWEEN ? AND ? AND lease_id IN (" + in + ")")) {
            bindQueue(s, project, queue.id(), 1);
            s.setLong(3, expired.stream().mapToLong(SlotIndex.Live::takenUs).min().orElseThrow());
            s.setLong(4, expired.stream().mapToLong(SlotIndex.Live::takenUs).max().orElseThrow());
            for (int i = 0; i < expired.size(); i++) {
                s.setString(i + 5, expired.get(i).leaseId());
            }
            s.executeUpdate();
        }
        for (SlotIndex.Live lease : expired) {
            index.freed(lease.itemId(), lease.slot());
            index.settled(lease.leaseId());
            leases.remove(key(project, lease.leaseId()));
        }
    }

    /** Walks the open items in queue order, a window at a time, until one has a slot this annotator may take. */
    private Optional<Candidate> candidate(Connection c, ProjectId project, Queue queue, String annotator, boolean gold)
            throws SQLException {
        long after = -1;
        while (true) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT item_id, seq FROM annotation_items WHERE project = ?"
                    + " AND queue_id = ? AND NOT closed AND (gold IS NOT NULL) = ? AND seq > ? ORDER BY seq LIMIT " + WINDOW)) {
                s.setString(1, project.value());
                s.setString(2, queue.id());
                s.setBoolean(3, gold);
                s.setLong(4, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        after = rs.getLong(2);
                    }
                }
            }
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            Optional<Candidate> found = firstFree(c, project, queue, annotator, ids);
            if (found.isPresent()) {
                return found;
            }
        }
    }

    private Optional<Candidate> firstFree(Connection c, ProjectId project, Queue queue, String annotator,
            List<String> ids) throws SQLException {
        Map<String, Set<Integer>> slots = new HashMap<>();
        Set<String> own = new HashSet<>();
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT item_id, slot, annotator FROM annotation_claims"
                + " WHERE project = ? AND queue_id = ? AND item_id IN (" + in + ")")) {
            bindIds(s, project, queue.id(), ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    slots.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getInt(2));
                    if (rs.getString(3).equals(annotator)) {
                        own.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT item_id FROM annotation_skips WHERE project = ?"
                + " AND queue_id = ? AND item_id IN (" + in + ") AND annotator = ?")) {
            bindIds(s, project, queue.id(), ids);
            s.setString(ids.size() + 3, annotator);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    own.add(rs.getString(1));
                }
            }
        }
        for (String id : ids) {
            Set<Integer> taken = slots.getOrDefault(id, Set.of());
            if (!own.contains(id) && taken.size() < queue.overlap()) {
                int slot = 0;
                while (taken.contains(slot)) {
                    slot++;
                }
                return Optional.of(new Candidate(id, slot));
            }
        }
        return Optional.empty();
    }

    private static void bindIds(PreparedStatement s, ProjectId project, String queueId, List<String> ids)
            throws SQLException {
        s.setString(1, project.value());
        s.setString(2, queueId);
        for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 3, ids.get(i));
        }
    }

    private Lease claim(Connection c, ProjectId project, Queue queue, String annotator, Candidate candidate,
            Instant now) throws SQLException {
        Instant takenAt = now.truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = takenAt.plus(queue.lease());
        String leaseId = "lease-" + HexFormat.of().formatHex(random(12));
        if (!postgres) {
            QueueItem item = openItem(c, project, queue, candidate.itemId());
            pending.claim(project, queue.id(), candidate.itemId(), candidate.slot(), annotator, leaseId,
                    StoreLimits.micros(takenAt), StoreLimits.micros(expiresAt));
            return new Lease(leaseId, queue.id(), item, annotator, candidate.slot(), takenAt, expiresAt);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_claims (project, queue_id, item_id, slot,"
                + " annotator, lease_id, taken_us, expires_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, project.value());
            s.setString(2, queue.id());
            s.setString(3, candidate.itemId());
            s.setInt(4, candidate.slot());
            s.setString(5, annotator);
            s.setString(6, leaseId);
            s.setLong(7, StoreLimits.micros(takenAt));
            s.setLong(8, StoreLimits.micros(expiresAt));
            s.executeUpdate();
        }
        return new Lease(leaseId, queue.id(), item(c, project, queue.id(), candidate.itemId()), annotator,
                candidate.slot(), takenAt, expiresAt);
    }

    /**
     * An open item of the embedded store, from the slot index's window of loaded items; a miss loads
     * the window of items that follow it in queue order, so takes, which mostly move down the queue,
     * rarely read the database.
     */
    private QueueItem openItem(Connection c, ProjectId project, Queue queue, String itemId) throws SQLException {
        SlotIndex index = index(c, project, queue);
        Optional<QueueItem> loaded = index.loaded(itemId);
        if (loaded.isPresent()) {
            return loaded.get();
        }
        Optional<Long> seq = index.seq(itemId);
        if (seq.isEmpty()) {
            return item(c, project, queue.id(), itemId);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM annotation_items WHERE project = ?"
                + " AND queue_id = ? AND seq BETWEEN ? AND ?")) {
            s.setString(1, project.value());
            s.setString(2, queue.id());
            s.setLong(3, seq.get());
            s.setLong(4, seq.get() + ITEM_WINDOW);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    index.load(item(rs));
                }
            }
        }
        return index.loaded(itemId).orElseThrow(() -> PlumblineException.notFound("queue " + queue.id() + " has no item " + itemId));
    }

    /**
     * The item. DuckDB does not look composite keys up by index, so the embedded store adds the
     * item's {@code seq} (from the slot index) to the filter: it prunes all but one row group by
     * min/max, turning a scan of the queue into a read of one block.
     */
    private QueueItem item(Connection c, ProjectId project, String queueId, String itemId) throws SQLException {
        Optional<Long> seq = seq(project, queueId, itemId);
        try (PreparedStatement s = c.prepareStatement("SELECT " + ITEM_COLUMNS
                + " FROM annotation_items WHERE project = ? AND queue_id = ? AND item_id = ?"
                + (seq.isPresent() ? " AND seq = ?" : ""))) {
            s.setString(1, project.value());
            s.setString(2, queueId);
            s.setString(3, itemId);
            if (seq.isPresent()) {
                s.setLong(4, seq.get());
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw PlumblineException.notFound("queue " + queueId + " has no item " + itemId);
                }
                return item(rs);
            }
        }
    }

    private static QueueItem item(ResultSet rs) throws SQLException {
        String second = rs.getString(3);
        LabelSubject subject = second == null ? new LabelSubject.Item(rs.getString(2))
                : new LabelSubject.Pair(rs.getString(2), second);
        return new QueueItem(rs.getString(1), subject, rs.getString(4), rs.getString(5),
                Optional.ofNullable(rs.getString(6)), instant(rs.getLong(7)));
    }

    /** The item's seq from the slot index, which only the holder of the embedded write lock may read. */
    private Optional<Long> seq(ProjectId project, String queueId, String itemId) {
        if (!embeddedWrites.isHeldByCurrentThread()) {
            return Optional.empty();
        }
        return indexed(project, queueId).flatMap(index -> index.seq(itemId));
    }

    /** A live lease as stored; the item when it was at hand. */
    private record Held(String queueId, String itemId, int slot, Instant takenAt, Instant expiresAt, boolean done,
            Optional<QueueItem> item) {
    }

    private Optional<Held> held(Connection c, ProjectId project, String leaseId, String annotator) throws SQLException {
        Lease cached = leases.get(key(project, leaseId));
        if (cached != null) {
            return cached.annotator().equals(annotator) ? Optional.of(new Held(cached.queueId(), cached.item().id(),
                    cached.slot(), cached.takenAt(), cached.expiresAt(), false, Optional.of(cached.item()))) : Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT c.queue_id, c.item_id, c.slot, c.expires_us, l.done_us,"
                + " c.taken_us FROM annotation_claims c LEFT JOIN annotation_labels l ON l.lease_id = c.lease_id"
                + " WHERE c.project = ? AND c.lease_id = ? AND c.annotator = ?")) {
            s.setString(1, project.value());
            s.setString(2, leaseId);
            s.setString(3, annotator);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                rs.getLong(5);
                boolean done = !rs.wasNull();
                return Optional.of(new Held(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs.getLong(6)),
                        instant(rs.getLong(4)), done, Optional.empty()));
            }
        }
    }

    private Held live(Connection c, ProjectId project, String leaseId, String annotator, Instant now)
            throws SQLException {
        Held held = held(c, project, leaseId, annotator).orElseThrow(() -> PlumblineException.notFound(
                "you hold no lease '" + leaseId + "': it was released, skipped or reclaimed after expiry; take the next item"));
        if (held.done()) {
            throw new PlumblineException(ErrorType.CONFLICT, "lease " + leaseId + " was already submitted");
        }
        if (held.expiresAt().isBefore(now)) {
            throw new PlumblineException(ErrorType.CONFLICT, "lease " + leaseId + " expired at " + held.expiresAt()
                    + "; the item may be someone else's now: take the next item");
        }
        return held;
    }

    @Override
    public Optional<Lease> lease(ProjectId project, String leaseId, String annotator, Instant now) {
        return read("read the lease", c -> {
            Optional<Held> held = held(c, project, leaseId, annotator)
                    .filter(h -> !h.done() && !h.expiresAt().isBefore(now));
            if (held.isEmpty()) {
                return Optional.<Lease>empty();
            }
            QueueItem item = held.get().item().isPresent() ? held.get().item().get()
                    : item(c, project, held.get().queueId(), held.get().itemId());
            return Optional.of(new Lease(leaseId, held.get().queueId(), item, annotator, held.get().slot(),
                    held.get().takenAt(), held.get().expiresAt()));
        });
    }

    @Override
    public Label submit(ProjectId project, String leaseId, String annotator, Answer answer, Instant now) {
        if (commits.isPresent()) {
            JdbcRecordStore jdbc = (JdbcRecordStore) records;
            return commits.get().run(c -> {
                Label label = submitIn(c, project, leaseId, annotator, answer, now);
                // the label record commits with its claim: an acknowledged label is durable
                pending.label(project, label);
                leases.remove(key(project, leaseId));
                return label;
            });
        }
        Label label = write("submit the label", c -> submitIn(c, project, leaseId, annotator, answer, now));
        try {
            records.append(project, List.of(label));
        } catch (RuntimeException e) {
            undo(project, leaseId, label);
            throw e;
        }
        return label;
    }

    private Label submitIn(Connection c, ProjectId project, String leaseId, String annotator, Answer answer, Instant now)
            throws SQLException {
        Instant ts = now.truncatedTo(ChronoUnit.MICROS);
        Held held = live(c, project, leaseId, annotator, now);
        Queue queue = existing(c, project, held.queueId(), false);
        QueueItem item = held.item().isPresent() ? held.item().get() : item(c, project, held.queueId(), held.itemId());
        Label built = label(queue, item, held, annotator, answer, ts);
        if (!postgres) {
            // insert-only: the label row and the record go out with the group commit, the count stays in memory
            SlotIndex index = index(c, project, queue);
            pending.done(project, queue.id(), item.id(), held.slot(), annotator, leaseId, answer.value(),
                    StoreLimits.micros(ts));
            index.labelled(item.id());
            index.settled(leaseId);
            return built;
        }
        markDone(c, project, leaseId, ts, now);
        insertLabel(c, project, queue.id(), item.id(), held.slot(), annotator, leaseId, answer.value(), ts);
        countLabel(c, project, queue, item.id(), 1);
        return built;
    }

    private static Label label(Queue queue, QueueItem item, Held held, String annotator, Answer answer, Instant ts) {
        Map<String, String> meta = new HashMap<>(answer.meta());
        meta.put("queue", queue.id());
        meta.put("item", item.id());
        meta.put("policy", item.policy());
        meta.put("slot", Integer.toString(held.slot()));
        item.gold().ifPresent(gold -> {
            meta.put("gold", "true");
            meta.put("gold_answer", gold);
        });
        String id = "label-" + queue.id() + "-" + item.id() + "-" + annotator;
        if (answer.value().isBlank()) {
            throw PlumblineException.invalidInput("a label needs a value");
        }
        return new Label(id, item.subject(), answer.value(), Actor.of(ActorRole.ANNOTATOR, annotator), answer.sawDraft(),
                Optional.of(queue.guideline()), ts, answer.order(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), meta);
    }

    /**
     * PostgreSQL marks the claim submitted: the row lock this takes is what a concurrent reclaim or
     * skip of the same lease waits on, and its {@code done_us IS NULL} is what they re-check.
     */
    private void markDone(Connection c, ProjectId project, String leaseId, Instant ts, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation_claims SET done_us = ?"
                + " WHERE project = ? AND lease_id = ? AND done_us IS NULL AND expires_us >= ?")) {
            s.setLong(1, StoreLimits.micros(ts));
            s.setString(2, project.value());
            s.setString(3, leaseId);
            s.setLong(4, StoreLimits.micros(now));
            if (s.executeUpdate() != 1) {
                throw new PlumblineException(ErrorType.CONFLICT, "lease " + leaseId + " is no longer live");
            }
        }
    }

    private static void insertLabel(Connection c, ProjectId project, String queueId, String itemId, int slot,
            String annotator, String leaseId, String value, Instant ts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_labels (lease_id, project, queue_id,"
                + " item_id, slot, annotator, value, done_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, leaseId);
            s.setString(2, project.value());
            s.setString(3, queueId);
            s.setString(4, itemId);
            s.setInt(5, slot);
            s.setString(6, annotator);
            s.setString(7, value);
            s.setLong(8, StoreLimits.micros(ts));
            s.executeUpdate();
        }
    }

    /** PostgreSQL keeps the item's count and {@code closed}, which its partial index of open items reads. */
    private static void countLabel(Connection c, ProjectId project, Queue queue, String itemId, int delta)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation_items SET labels = labels + ?,"
                + " closed = (labels + ? >= ?) WHERE project = ? AND queue_id = ? AND item_id = ?")) {
            s.setInt(1, delta);
            s.setInt(2, delta);
            s.setInt(3, queue.overlap());
            s.setString(4, project.value());
            s.setString(5, queue.id());
            s.setString(6, itemId);
            s.executeUpdate();
        }
    }

    /** The label record could not be written: the claim goes back to a live lease, so nothing counts it. */
    private void undo(ProjectId project, String leaseId, Label label) {
        write("undo the submission", c -> {
            forgetCaches();
            try (PreparedStatement s = c.prepareStatement("UPDATE annotation_claims SET done_us = NULL"
                    + " WHERE project = ? AND lease_id = ?")) {
                s.setString(1, project.value());
                s.setString(2, leaseId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM annotation_labels WHERE lease_id = ?")) {
                s.setString(1, leaseId);
                s.executeUpdate();
            }
            countLabel(c, project, existing(c, project, label.meta().get("queue"), false), label.meta().get("item"), -1);
            return null;
        });
    }

    @Override
    public void skip(ProjectId project, String leaseId, String annotator, Instant now) {
        write("skip the item", c -> {
            Held held = live(c, project, leaseId, annotator, Instant.MIN);
            deleteLease(c, project, leaseId);
            leases.remove(key(project, leaseId));
            indexed(project, held.queueId()).ifPresent(index -> {
                index.freed(held.itemId(), held.slot());
                index.settled(leaseId);
                index.skipped(held.itemId(), annotator);
            });
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_skips (project, queue_id, item_id,"
                    + " annotator, skipped_us) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, project.value());
                s.setString(2, held.queueId());
                s.setString(3, held.itemId());
                s.setString(4, annotator);
                s.setLong(5, StoreLimits.micros(now));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void release(ProjectId project, String leaseId, String annotator) {
        write("release the item", c -> {
            Held held = live(c, project, leaseId, annotator, Instant.MIN);
            deleteLease(c, project, leaseId);
            leases.remove(key(project, leaseId));
            indexed(project, held.queueId()).ifPresent(index -> {
                index.freed(held.itemId(), held.slot());
                index.settled(leaseId);
            });
            return null;
        });
    }

    /**
     * Deletes a live lease's claim. On PostgreSQL {@code done_us IS NULL} is re-checked after waiting
     * for a concurrent submit's row lock; the embedded store checked liveness under its write lock.
     */
    private void deleteLease(Connection c, ProjectId project, String leaseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotation_claims WHERE project = ? AND lease_id = ?"
                + (postgres ? " AND done_us IS NULL" : ""))) {
            s.setString(1, project.value());
            s.setString(2, leaseId);
            s.executeUpdate();
        }
    }

    @Override
    public QueueSnapshot snapshot(ProjectId project, String queueId) {
        return read("read the queue", c -> {
            Queue queue = existing(c, project, queueId, false);
            List<QueueSnapshot.Claim> claims = claims(c, project, queueId);
            Map<String, Integer> leased = new HashMap<>();
            claims.stream().filter(claim -> claim.doneAt().isEmpty()).forEach(claim -> leased.merge(claim.itemId(), 1, Integer::sum));
            List<QueueSnapshot.ItemState> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT i.item_id, i.policy, i.gold, i.enqueued_us,"
                    + " coalesce(n.labels, 0) FROM annotation_items i LEFT JOIN (SELECT item_id, count(*) AS labels"
                    + " FROM annotation_labels WHERE project = ? AND queue_id = ? GROUP BY item_id) n"
                    + " ON n.item_id = i.item_id WHERE i.project = ? AND i.queue_id = ? ORDER BY i.seq")) {
                bindQueue(s, project, queueId, 2);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new QueueSnapshot.ItemState(rs.getString(1), rs.getString(2),
                                Optional.ofNullable(rs.getString(3)), instant(rs.getLong(4)), rs.getInt(5),
                                leased.getOrDefault(rs.getString(1), 0)));
                    }
                }
            }
            return new QueueSnapshot(queue, items, claims, skips(c, project, queueId));
        });
    }

    private static List<QueueSnapshot.Claim> claims(Connection c, ProjectId project, String queueId) throws SQLException {
        List<QueueSnapshot.Claim> claims = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.item_id, c.annotator, c.slot, c.taken_us, l.done_us,"
                + " l.value, c.expires_us FROM annotation_claims c LEFT JOIN annotation_labels l ON l.lease_id = c.lease_id"
                + " WHERE c.project = ? AND c.queue_id = ? ORDER BY c.taken_us, c.item_id, c.slot")) {
            s.setString(1, project.value());
            s.setString(2, queueId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long done = rs.getLong(5);
                    Optional<Instant> doneAt = rs.wasNull() ? Optional.empty() : Optional.of(instant(done));
                    claims.add(new QueueSnapshot.Claim(rs.getString(1), rs.getString(2), rs.getInt(3),
                            instant(rs.getLong(4)), instant(rs.getLong(7)), doneAt, Optional.ofNullable(rs.getString(6))));
                }
            }
        }
        return claims;
    }

    private static int skips(Connection c, ProjectId project, String queueId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM annotation_skips WHERE project = ? AND queue_id = ?")) {
            s.setString(1, project.value());
            s.setString(2, queueId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public void create(Account account) {
        write("create the account", c -> {
            if (account(c, account.username()).isPresent()) {
                throw new PlumblineException(ErrorType.CONFLICT, "the user name '" + account.username() + "' is taken");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_accounts (username, project, role,"
                    + " password_hash, created_us) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, account.username());
                s.setString(2, account.project().value());
                s.setString(3, account.role().wireName());
                s.setString(4, account.passwordHash());
                s.setLong(5, StoreLimits.micros(account.createdAt()));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Account> account(String username) {
        return read("read the account", c -> account(c, username));
    }

    private static final String ACCOUNT_SELECT = "SELECT username, project, role, password_hash, created_us FROM annotation_accounts";

    private static Optional<Account> account(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ACCOUNT_SELECT + " WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), new ProjectId(rs.getString(2)), AccountRole.fromWire(rs.getString(3)),
                rs.getString(4), instant(rs.getLong(5)));
    }

    @Override
    public List<Account> accounts(ProjectId project) {
        return read("list accounts", c -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ACCOUNT_SELECT + " WHERE project = ? ORDER BY username")) {
                s.setString(1, project.value());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        accounts.add(account(rs));
                    }
                }
            }
            return accounts;
        });
    }

    @Override
    public void assign(ProjectId project, String queueId, String username) {
        write("assign the queue", c -> {
            existing(c, project, queueId, false);
            Account account = account(c, username).filter(a -> a.project().equals(project)).orElseThrow(() ->
                    PlumblineException.notFound("project " + project + " has no user '" + username + "'"));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_members (project, queue_id, username)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, project.value());
                s.setString(2, queueId);
                s.setString(3, account.username());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> assignedQueues(ProjectId project, String username) {
        return read("list assigned queues", c -> {
            List<String> queues = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT queue_id FROM annotation_members WHERE project = ?"
                    + " AND username = ? ORDER BY queue_id")) {
                s.setString(1, project.value());
                s.setString(2, username);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        queues.add(rs.getString(1));
                    }
                }
            }
            return queues;
        });
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection c = connections.open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw PlumblineException.unavailable("could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs the work in a transaction, retrying when a concurrent writer won a race the schema refereed. */
    private <T> T write(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            if (!postgres) {
                embeddedWrites.lock();
            }
            try (Connection c = connections.open()) {
                return inTransaction(c, work);
            } catch (SQLException | RuntimeException e) {
                forgetCaches();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                SQLException sql = (SQLException) e;
                if (attempt >= 5 || !retryable(sql)) {
                    throw PlumblineException.unavailable("could not " + what + ": " + sql.getMessage(), sql);
                }
            } finally {
                if (!postgres) {
                    embeddedWrites.unlock();
                }
            }
        }
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static boolean retryable(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        return state.equals("23505") || state.equals("40001") || state.equals("40P01")
                || message.contains("Conflict") || message.contains("conflict");
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }
}
