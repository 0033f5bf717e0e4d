package dev.plumbline.store;

import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The embedded store's commit point: a RocksDB log beside the DuckDB file holding the key of every
 * stored record and, until DuckDB has them, the rows of every acknowledged batch.
 *
 * <p>Why it exists: DuckDB is a column store. Its checkpoints stall the commits that trigger them for hundreds of
 * milliseconds, and it answers key lookups by scanning, so deciding "new or duplicate?" and
 * "is this feedback's interaction stored?" per batch grew with the table. Here a batch is admitted
 * with one key lookup per record and one synced write (keys and rows together, atomically); a
 * background applier moves the rows into DuckDB in large transactions and discards them. Readers
 * of DuckDB first apply what is pending, so they always see every acknowledged record.
 *
 * <p>Key reads and writes ({@link #admit}, {@link #claim}, {@link #removeKeys}, {@link #forget}) must be
 * serialised by the caller (the store's admit lock), so "new or duplicate?" is exact; the apply side
 * ({@link #entriesAfter}, {@link #discardThrough}) touches only entries and may run beside them; the
 * markers' {@link #markUnsettled}, {@link #settle} and {@link #unsettledKeys} are serialised by the store's write lock.
 */
final class IngestJournal implements AutoCloseable {
    /**
     * Set once every key DuckDB holds is in the index. Renamed with migration V9 (DuckDB's records lost
     * their primary key, which had caught any key the index lacked), so a journal from before it is
     * checked against DuckDB once more at its first open.
     */
    private static final byte[] INDEX_COMPLETE = "index-complete-v9".getBytes(StandardCharsets.UTF_8);
    /**
     * Prefix, in the meta family, of a marked key whose transaction has not been seen to end: claimed
     * by a queue's transaction, or about to be erased (see {@link #unsettledKeys}).
     */
    private static final byte[] UNSETTLED_PREFIX = "claim\0".getBytes(StandardCharsets.UTF_8); // on disk: keep the bytes

    static {
        RocksDB.loadLibrary();
    }

    private final DBOptions options;
    private final WriteOptions synced = new WriteOptions().setSync(true);
    /** Written to the log (so a killed process keeps it) but not synced: {@link #claim}, then {@link #sync}. */
    private final WriteOptions logged = new WriteOptions();
    private final RocksDB db;
    private final ColumnFamilyHandle keys;
    private final ColumnFamilyHandle entries;
    private final ColumnFamilyHandle meta;
    private final List<ColumnFamilyHandle> handles = new ArrayList<>();
    private volatile long lastSeq;

    /** A batch admitted: its journal sequence number and what of it was new. */
    record Admission(long seq, Set<RecordKey> inserted, List<String> orphanFeedbackIds) {
    }

    /** One journal entry: the rows of one admitted batch of one project. */
    record Entry(long seq, ProjectId project, List<RecordRow> rows) {
    }

    private IngestJournal(Path directory) throws RocksDBException {
        this.options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setKeepLogFileNum(3).setMaxTotalWalSize(256L << 20);
        List<ColumnFamilyDescriptor> families = List.of(
                new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
                new ColumnFamilyDescriptor("keys".getBytes(StandardCharsets.UTF_8)),
                new ColumnFamilyDescriptor("entries".getBytes(StandardCharsets.UTF_8)));
        this.db = RocksDB.open(options, directory.toString(), families, handles);
        this.meta = handles.get(0);
        this.keys = handles.get(1);
        this.entries = handles.get(2);
        this.lastSeq = lastEntrySeq();
    }

    /** Opens (creating if needed) the journal in this directory. */
    static IngestJournal open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new IngestJournal(directory);
        } catch (RocksDBException | IOException e) {
            throw PlumblineException.unavailable("cannot open the ingest journal " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether the key index holds every key DuckDB holds; false for a new journal beside old data. */
    boolean indexComplete() {
        try {
            return db.get(meta, INDEX_COMPLETE) != null;
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /**
     * Adds keys DuckDB already holds, from an existing data directory; call {@link #markIndexComplete}
     * after. A key the index holds already is left as it is (its value may hold an interaction's session).
     */
    void index(ProjectId project, List<RecordKey> existing) {
        try (WriteBatch batch = new WriteBatch(); WriteOptions unsynced = new WriteOptions()) {
            List<byte[]> stored = new ArrayList<>(existing.size());
            existing.forEach(key -> stored.add(key(project, key)));
            List<byte[]> found = db.multiGetAsList(repeat(keys, stored.size()), stored);
            for (int i = 0; i < stored.size(); i++) {
                if (found.get(i) == null) {
                    batch.put(keys, stored.get(i), NOTHING);
                }
            }
            db.write(unsynced, batch);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /** Makes the next open check the index against DuckDB again (a journal restored from elsewhere). */
    void markIndexIncomplete() {
        try {
            db.delete(meta, synced, INDEX_COMPLETE);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    void markIndexComplete() {
        try {
            db.put(meta, synced, INDEX_COMPLETE, new byte[0]);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /** Makes the sequence numbers continue after one DuckDB has already applied. */
    void continueAfter(long appliedSeq) {
        lastSeq = Math.max(lastSeq, appliedSeq);
    }

    long lastSeq() {
        return lastSeq;
    }

    /**
     * Admits rows whose keys are unique within the call: those whose key is stored already are
     * left out, the rest are written with their keys in one synced write. Returns once durable.
     */
    Admission admit(ProjectId project, List<RecordRow> rows) {
        try {
            List<byte[]> rowKeys = new ArrayList<>(rows.size());
            rows.forEach(row -> rowKeys.add(key(project, row.kind(), row.id())));
            List<byte[]> found = db.multiGetAsList(repeat(keys, rowKeys.size()), rowKeys);
            List<RecordRow> fresh = new ArrayList<>(rows.size());
            Set<RecordKey> inserted = new HashSet<>(rows.size() * 2);
            for (int i = 0; i < rows.size(); i++) {
                if (found.get(i) == null) {
                    RecordRow row = rows.get(i);
                    fresh.add(row);
                    inserted.add(row.key());
                }
            }
            List<String> orphans = orphans(project, fresh);
            if (fresh.isEmpty()) {
                return new Admission(lastSeq, inserted, orphans);
            }
            long seq = lastSeq + 1;
            try (WriteBatch batch = new WriteBatch()) {
                for (int i = 0; i < rows.size(); i++) {
                    if (found.get(i) == null) {
                        batch.put(keys, rowKeys.get(i), keyValue(rows.get(i)));
                    }
                }
                batch.put(entries, seqKey(seq), encode(project, fresh));
                db.write(synced, batch);
            }
            lastSeq = seq;
            return new Admission(seq, inserted, orphans);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /**
     * What an admitted key's value holds: for an interaction, its session ({@code S} and the session's
     * UTF-8, or {@code N} for none), so a session-scoped token's check needs no DuckDB read; nothing
     * for other kinds. Keys indexed from an older data directory or claimed by a queue hold nothing.
     */
    private static byte[] keyValue(RecordRow row) {
        if (!row.kind().equals("interaction")) {
            return NOTHING;
        }
        if (row.sessionId() == null) {
            return NO_SESSION;
        }
        byte[] session = row.sessionId().getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[session.length + 1];
        value[0] = 'S';
        System.arraycopy(session, 0, value, 1, session.length);
        return value;
    }

    private static final byte[] NOTHING = new byte[0];
    private static final byte[] NO_SESSION = {'N'};

    /** The session of an interaction as its key records it: known or not, and then the session if it has one. */
    record IndexedSession(boolean known, Optional<String> session) {
        static final IndexedSession UNKNOWN = new IndexedSession(false, Optional.empty());
    }

    /**
     * The session of the project's interaction with this id, from the key index: known and empty
     * when the interaction is not stored or has no session; unknown when its key holds no session
     * (see {@link #keyValue}), and then the caller reads the record.
     */
    IndexedSession sessionOfInteraction(ProjectId project, String id) {
        try {
            byte[] value = db.get(keys, key(project, "interaction", id));
            if (value == null) {
                return new IndexedSession(true, Optional.empty());
            }
            if (value.length == 0) {
                return IndexedSession.UNKNOWN;
            }
            return value[0] == 'S'
                    ? new IndexedSession(true, Optional.of(new String(value, 1, value.length - 1, StandardCharsets.UTF_8)))
                    : new IndexedSession(true, Optional.empty());
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /** New feedback whose interaction is neither stored nor among the new rows. */
    private List<String> orphans(ProjectId project, List<RecordRow> fresh) throws RocksDBException {
        Set<String> interactions = new HashSet<>();
        List<RecordRow> feedback = new ArrayList<>();
        for (RecordRow row : fresh) {
            if (row.kind().equals("interaction")) {
                interactions.add(row.id());
            } else if (row.kind().equals("feedback")) {
                feedback.add(row);
            }
        }
        List<RecordRow> asked = new ArrayList<>();
        List<byte[]> lookups = new ArrayList<>();
        for (RecordRow row : feedback) {
            if (!interactions.contains(row.interactionId())) {
                asked.add(row);
                lookups.add(key(project, "interaction", row.interactionId()));
            }
        }
        if (asked.isEmpty()) {
            return List.of();
        }
        List<byte[]> found = db.multiGetAsList(repeat(keys, lookups.size()), lookups);
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (found.get(i) == null) {
                orphans.add(asked.get(i).id());
            }
        }
        return orphans;
    }

    /**
     * Adds keys a caller writes to DuckDB itself (a queue's label records), unless one of them is
     * held already: then nothing is added and the answer is false. The keys are durable once
     * {@link #sync} returned: the caller syncs before it commits what they stand for, and may do
     * other work while the sync runs.
     */
    boolean claim(ProjectId project, List<RecordKey> claimed) {
        try {
            if (new HashSet<>(claimed).size() != claimed.size()) {
                // one key twice in one claim would be two rows under one key (label ids built from
                // names that may hold hyphens can collide): refused like a key held already
                return false;
            }
            List<byte[]> claimedKeys = new ArrayList<>(claimed.size());
            claimed.forEach(key -> claimedKeys.add(key(project, key)));
            for (byte[] found : db.multiGetAsList(repeat(keys, claimedKeys.size()), claimedKeys)) {
                if (found != null) {
                    return false;
                }
            }
            try (WriteBatch batch = new WriteBatch()) {
                for (byte[] key : claimedKeys) {
                    batch.put(keys, key, NOTHING);
                    // until settle: if the process dies before the caller commits, the next open
                    // finds the key without its row and gives it back (see unsettledKeys)
                    batch.put(meta, unsettledMarker(key), NOTHING);
                }
                db.write(logged, batch);
            }
            return true;
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /** Makes every write so far durable; may run beside other reads and writes. */
    void sync() {
        try {
            db.syncWal();
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /** Removes keys, durably: those {@link #claim} added for a write that was then rolled back, or erased ones. */
    void removeKeys(ProjectId project, Set<RecordKey> removed) {
        try (WriteBatch batch = new WriteBatch()) {
            for (RecordKey key : removed) {
                byte[] stored = key(project, key);
                batch.delete(keys, stored);
                batch.delete(meta, unsettledMarker(stored));
            }
            db.write(synced, batch);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /**
     * Marks keys the index holds whose rows a transaction is about to delete (an erasure), durably,
     * so that an end of the process between that commit and {@link #forget} is found at the next open.
     */
    void markUnsettled(ProjectId project, Set<RecordKey> marked) {
        writeMarkers(project, marked, true, synced);
    }

    /**
     * Records that the rows of these claimed keys are committed. Not synced: a marker a crash keeps
     * is only checked again at the next open, and that check finds the row.
     */
    void settle(ProjectId project, Set<RecordKey> committed) {
        writeMarkers(project, committed, false, logged);
    }

    private void writeMarkers(ProjectId project, Set<RecordKey> keysOf, boolean mark, WriteOptions write) {
        try (WriteBatch batch = new WriteBatch()) {
            for (RecordKey key : keysOf) {
                byte[] marker = unsettledMarker(key(project, key));
                if (mark) {
                    batch.put(meta, marker, NOTHING);
                } else {
                    batch.delete(meta, marker);
                }
            }
            db.write(write, batch);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /**
     * Keys marked by {@link #claim} or {@link #markUnsettled} that were neither settled nor removed:
     * their transaction's outcome was lost with the process. Only as many as were in flight when it died.
     */
    java.util.Map<ProjectId, Set<RecordKey>> unsettledKeys() {
        java.util.Map<ProjectId, Set<RecordKey>> claims = new java.util.TreeMap<>(java.util.Comparator.comparing(ProjectId::value));
        try (RocksIterator it = db.newIterator(meta)) {
            for (it.seek(UNSETTLED_PREFIX); it.isValid() && startsWith(it.key(), UNSETTLED_PREFIX); it.next()) {
                byte[] marker = it.key();
                // project, kind and id, NUL between them (an id may hold NUL itself: it is the rest)
                String key = new String(marker, UNSETTLED_PREFIX.length, marker.length - UNSETTLED_PREFIX.length, StandardCharsets.UTF_8);
                int afterProject = key.indexOf('\0');
                int afterKind = key.indexOf('\0', afterProject + 1);
                Optional<Kind> kind = afterProject < 0 || afterKind < 0 ? Optional.empty()
                        : Kind.fromWire(key.substring(afterProject + 1, afterKind));
                if (kind.isEmpty()) {
                    throw PlumblineException.internal("the ingest journal holds a damaged claim marker: "
                            + key.replace('\0', '|'), null);
                }
                claims.computeIfAbsent(new ProjectId(key.substring(0, afterProject)), p -> new HashSet<>())
                        .add(new RecordKey(kind.get(), key.substring(afterKind + 1)));
            }
            it.status();
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
        return claims;
    }

    private static byte[] unsettledMarker(byte[] key) {
        byte[] marker = Arrays.copyOf(UNSETTLED_PREFIX, UNSETTLED_PREFIX.length + key.length);
        System.arraycopy(key, 0, marker, UNSETTLED_PREFIX.length, key.length);
        return marker;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Entries after the given sequence number, oldest first, up to about the given number of rows. */
    List<Entry> entriesAfter(long seq, int maxRows) {
        List<Entry> result = new ArrayList<>();
        int rows = 0;
        try (RocksIterator it = db.newIterator(entries)) {
            for (it.seek(seqKey(seq + 1)); it.isValid() && rows < maxRows; it.next()) {
                Entry entry = decode(ByteBuffer.wrap(it.key()).getLong(), it.value());
                result.add(entry);
                rows += entry.rows().size();
            }
            it.status();
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
        return result;
    }

    /** Drops the entries up to and including this sequence number: DuckDB has committed them. */
    void discardThrough(long seq) {
        try (WriteOptions unsynced = new WriteOptions()) {
            db.deleteRange(entries, unsynced, seqKey(0), seqKey(seq + 1));
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    /**
     * Removes erased records' keys, so the same ids may be sent again, and rewrites the journal's
     * files so that no applied entry holding their content stays on disk (a deleted entry lingers
     * in RocksDB's files until a flush and compaction drop it).
     */
    void forget(ProjectId project, Set<RecordKey> erased) {
        removeKeys(project, erased);
        try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
            db.flush(flush, handles);
            db.compactRange(entries);
            db.compactRange(keys);
        } catch (RocksDBException e) {
            throw unavailable(e);
        }
    }

    private long lastEntrySeq() {
        try (RocksIterator it = db.newIterator(entries)) {
            it.seekToLast();
            return it.isValid() ? ByteBuffer.wrap(it.key()).getLong() : 0;
        }
    }

    private static byte[] key(ProjectId project, RecordKey key) {
        return key(project, key.kind().wireName(), key.id());
    }

    private static byte[] key(ProjectId project, String kind, String id) {
        return (project.value() + '\0' + kind + '\0' + id).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] seqKey(long seq) {
        return ByteBuffer.allocate(Long.BYTES).putLong(seq).array();
    }

    private static List<ColumnFamilyHandle> repeat(ColumnFamilyHandle handle, int times) {
        List<ColumnFamilyHandle> list = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            list.add(handle);
        }
        return list;
    }

    static byte[] encode(ProjectId project, List<RecordRow> rows) {
        // Plain arrays rather than Data streams: every ingested row passes here and back through
        // decode, and the streams' per-call locking and copies were a visible share of it.
        // sized for ASCII bodies plus the other fields, so the array rarely grows (a copy each time)
        int capacity = 64;
        for (RecordRow row : rows) {
            capacity += row.body().length() + 192;
        }
        EntryWriter out = new EntryWriter(capacity);
        out.text(project.value());
        out.integer(rows.size());
        for (RecordRow row : rows) {
            out.text(row.kind());
            out.text(row.id());
            out.longInteger(row.tsMicros());
            out.integer(row.day());
            out.text(row.sessionId());
            out.text(row.userId());
            out.text(row.interactionId());
            out.text(row.type());
            out.text(row.modelName());
            out.text(row.modelVersion());
            out.text(row.modelFamily());
            out.text(row.actorRole());
            out.text(row.actorId());
            out.text(row.body());
        }
        return out.bytes();
    }

    static Entry decode(long seq, byte[] value) {
        try {
            ByteBuffer in = ByteBuffer.wrap(value);
            ProjectId project = new ProjectId(text(in));
            int count = in.getInt();
            List<RecordRow> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(new RecordRow(text(in), text(in), in.getLong(), in.getInt(), text(in), text(in), text(in),
                        text(in), text(in), text(in), text(in), text(in), text(in), text(in)));
            }
            return new Entry(seq, project, rows);
        } catch (RuntimeException e) {
            throw PlumblineException.internal("journal entry " + seq + " is damaged: " + e, e);
        }
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** A growing byte array in the entry layout: big-endian numbers, texts as length (-1 for null) and UTF-8. */
    private static final class EntryWriter {
        private byte[] bytes;
        private int size;

        EntryWriter(int capacity) {
            bytes = new byte[Math.max(64, capacity)];
        }

        void text(String value) {
            if (value == null) {
                integer(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void integer(int value) {
            room(4);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        void longInteger(long value) {
            integer((int) (value >>> 32));
            integer((int) value);
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    private static PlumblineException unavailable(RocksDBException e) {
        return PlumblineException.unavailable("the ingest journal failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        handles.forEach(ColumnFamilyHandle::close);
        db.close();
        synced.close();
        logged.close();
        options.close();
    }
}
