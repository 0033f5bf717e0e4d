package dev.plumbline.store;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB file, {@code plumbline.duckdb}, and beside it the ingest journal
 * ({@code journal/}, see {@link IngestJournal}). An append is durable once the journal has it: the
 * journal decides what is new with its key index and syncs keys and rows in one write. A
 * background applier moves journal entries into DuckDB in large transactions (recording the last
 * applied entry in the same transaction, so a crash replays exactly what is missing); every read
 * first applies what is still pending, so reads see every acknowledged record. The backlog is
 * bounded: appends wait when it is full. Only one process may open the data directory at a time.
 */
public final class DuckDbStore implements Store {
    /** Rows waiting for DuckDB before appends wait: bounds the journal and the time a read may wait. */
    static final int MAX_BACKLOG_ROWS = 400_000;
    /**
     * Rows the applier moves in one DuckDB transaction, when that many are waiting. Against 25,000,
     * 100,000 and DuckDB's row-group size (122,880) the applier's CPU a row moved more between runs
     * of one size than between sizes (BENCHMARKS.md, ingest), so 50,000 stays; the system property
     * {@code plumbline.duckdb.apply-rows} sets another, to measure again.
     */
    static final int APPLY_ROWS = Math.max(1, Integer.getInteger("plumbline.duckdb.apply-rows", 50_000));
    /** Rows read from the journal and decoded at a time while a transaction fills: bounds the heap it needs. */
    private static final int APPLY_CHUNK_ROWS = 8_192;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DuckDbStore.class);

    private final Path file;
    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final IngestJournal journal;
    private final Records records = new Records();
    private final Thread applier;
    private volatile boolean open = true;
    private final JdbcKeyStore keys;
    private final JdbcErasureStore erasure = new JdbcErasureStore(records);
    private final JdbcDerivedStore derived = new JdbcDerivedStore(records, new DuckDbDerivedRows());
    private final JdbcAdminLog adminLog;
    private final JdbcAnnotationStore annotation;
    /** Syncs the journal's log for a queue's label keys while their transaction runs (see {@code Records.insertFresh}). */
    private final java.util.concurrent.ExecutorService keySyncer = java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
                Thread thread = new Thread(task, "plumbline-journal-sync");
                thread.setDaemon(true);
                return thread;
            });

    private DuckDbStore(Path file, DuckDBConnection root, IngestJournal journal) throws SQLException {
        this.file = file;
        this.root = root;
        this.journal = journal;
        Migrations.apply(root, "duckdb");
        this.writer = (DuckDBConnection) root.duplicate();
        writer.setAutoCommit(false);
        // Keys, the admin log and the queues' own tables never read records: their connections need not
        // wait for pending journal entries (an API key check on every request would wait for the applier).
        this.adminLog = new JdbcAdminLog(this::connectionWithoutApplying);
        this.keys = new JdbcKeyStore(this::connectionWithoutApplying, "duckdb");
        this.annotation = new JdbcAnnotationStore(this::connectionWithoutApplying, records, "duckdb");
        records.recover();
        this.applier = new Thread(records::applyContinuously, "plumbline-duckdb-applier");
        applier.setDaemon(true);
        applier.start();
    }

    /** Opens (creating if needed) the store in the given data directory, DuckDB with its default worker threads (see below). */
    public static DuckDbStore open(Path dataDirectory) {
        return open(dataDirectory, 0);
    }

    /**
     * Opens the store with {@code workerThreads} DuckDB worker threads; 0 means one per core less one,
     * at least one, so that the ingest applier's DuckDB work leaves a core to the request threads
     * (on two cores: about 20% more acknowledged records/s, mining from the store about 10% slower;
     * BENCHMARKS.md, ingest).
     */
    public static DuckDbStore open(Path dataDirectory, int workerThreads) {
        if (workerThreads < 0) {
            throw PlumblineException.invalidInput("DuckDB worker threads must be 0 (one per core less one) or more, was " + workerThreads);
        }
        Path file = dataDirectory.resolve("plumbline.duckdb");
        try {
            Files.createDirectories(dataDirectory);
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, settings(workerThreads));
            IngestJournal journal;
            try {
                journal = IngestJournal.open(dataDirectory.resolve("journal"));
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            try {
                return new DuckDbStore(file, connection, journal);
            } catch (SQLException | RuntimeException e) {
                journal.close();
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new PlumblineException(ErrorType.UNAVAILABLE, "the data directory " + dataDirectory
                        + " is in use by another Plumbline process (a running 'serve'?): stop it, or send the data"
                        + " to that server instead", e);
            }
            throw PlumblineException.unavailable("cannot open the embedded store " + file + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw PlumblineException.unavailable("cannot create the data directory " + dataDirectory, e);
        }
    }

    private static java.util.Properties settings(int workerThreads) {
        java.util.Properties settings = new java.util.Properties();
        int threads = workerThreads > 0 ? workerThreads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        settings.setProperty("threads", Integer.toString(threads));
        return settings;
    }

    private Connection connection() throws SQLException {
        records.applyPending();
        return root.duplicate();
    }

    @Override
    public RecordStore records() {
        return records;
    }

    @Override
    public KeyStore keys() {
        return keys;
    }

    @Override
    public ErasureStore erasure() {
        return erasure;
    }

    @Override
    public DerivedStore derived() {
        return derived;
    }

    @Override
    public AdminLog adminLog() {
        return adminLog;
    }

    @Override
    public QueueStore queues() {
        return annotation;
    }

    @Override
    public AccountStore accounts() {
        return annotation;
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** The DuckDB connection for capabilities that read with SQL (mining, stats); the caller closes it. */
    public Connection newConnection() throws SQLException {
        return connection();
    }

    /** A connection that does not first apply pending journal entries: for tables other than records. */
    Connection connectionWithoutApplying() throws SQLException {
        return root.duplicate();
    }

    @Override
    public void close() {
        annotation.close();
        keySyncer.shutdown();
        try {
            // a sync started for a group that then rolled back is never joined: wait for it before the journal closes
            keySyncer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open = false;
        applier.interrupt();
        try {
            applier.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            records.applyPending();
        } catch (RuntimeException e) {
            LOG.warn("pending journal entries stay in the journal until the next start: {}", e.getMessage());
        }
        journal.close();
        try {
            writer.close();
            root.close();
        } catch (SQLException e) {
            throw PlumblineException.internal("closing the embedded store failed", e);
        }
    }

    private final class Records extends JdbcRecordStore {
        private final Object admitLock = new Object();
        private final Object backlog = new Object();
        private long pendingRows;
        private volatile long appliedSeq;
        private long nextRowSeq;
        /** Keys {@link #insertFresh} claimed in the current write transaction; guarded by the write lock. */
        private final Map<ProjectId, Set<RecordKey>> claimedInTransaction = new HashMap<>();
        /** The sync of those keys, running while the transaction goes on; guarded by the write lock. */
        private java.util.concurrent.CompletableFuture<Void> keysSynced;

        @Override
        protected Connection readConnection() throws SQLException {
            return connection();
        }

        @Override
        protected Connection writeConnection() {
            return writer;
        }

        @Override
        protected void release(Connection connection) {
            // the single writer connection stays open
        }

        @Override
        protected Set<RecordKey> insertNew(Connection connection, ProjectId project, List<RecordRow> rows) {
            throw PlumblineException.internal("appends to the embedded store go through its journal", null);
        }

        @Override
        protected AppendResult commitRows(ProjectId project, List<? extends dev.plumbline.model.Record> records,
                List<RecordRow> rows, Set<RecordKey> duplicates) {
            if (!open) {
                throw PlumblineException.unavailable("the embedded store is closed", null);
            }
            awaitRoom();
            IngestJournal.Admission admission;
            synchronized (admitLock) {
                admission = journal.admit(project, rows);
            }
            synchronized (backlog) {
                pendingRows += admission.inserted().size();
                backlog.notifyAll();
            }
            for (RecordRow row : rows) {
                RecordKey key = row.key();
                if (!admission.inserted().contains(key)) {
                    duplicates.add(key);
                }
            }
            return new AppendResult(admission.inserted(), duplicates, admission.orphanFeedbackIds());
        }

        /** Waits while DuckDB is a full backlog behind: back-pressure instead of an unbounded journal. */
        private void awaitRoom() {
            if (Thread.holdsLock(writeLock())) {
                return;
            }
            synchronized (backlog) {
                while (pendingRows > MAX_BACKLOG_ROWS && open) {
                    try {
                        backlog.wait(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw PlumblineException.unavailable("interrupted while the store caught up", e);
                    }
                }
            }
        }

        @Override
        protected void beforeWriteTransaction() {
            claimedInTransaction.clear();
            keysSynced = null;
            applyThrough(journal.lastSeq());
        }

        /** The claimed keys are durable before the records they stand for commit. */
        @Override
        protected void beforeWriteCommit() throws SQLException {
            if (keysSynced == null) {
                return;
            }
            try {
                keysSynced.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new SQLException("the journal could not sync the claimed keys: " + e.getCause().getMessage(), e);
            } finally {
                keysSynced = null;
            }
        }

        /** The claimed keys' rows are committed: the journal need not check them at the next open. */
        @Override
        protected void afterWriteCommit() {
            // a note that fails is harmless: the next open finds these keys' rows and keeps them
            claimedInTransaction.forEach((project, keys) -> {
                try {
                    journal.settle(project, keys);
                } catch (RuntimeException e) {
                    LOG.warn("the journal could not note committed keys of {}; the next open checks them: {}", project, e.getMessage());
                }
            });
            claimedInTransaction.clear();
        }

        /** Keys claimed for a transaction that did not commit are given back, so a retry may claim them. */
        @Override
        protected void afterWriteRollback() {
            synchronized (admitLock) {
                claimedInTransaction.forEach(journal::removeKeys);
            }
            claimedInTransaction.clear();
        }

        /**
         * Moves every entry acknowledged so far into DuckDB. A no-op inside a write transaction:
         * that transaction applied everything when it began, and applying would commit it early.
         */
        void applyPending() {
            long target = journal.lastSeq();
            if (appliedSeq >= target || Thread.holdsLock(writeLock())) {
                return;
            }
            synchronized (writeLock()) {
                applyThrough(target);
            }
        }

        private void applyThrough(long target) {
            while (appliedSeq < target && applyBatch()) {
                // one transaction of up to APPLY_ROWS rows per round
            }
        }

        private boolean applyBatch() {
            long first = appliedSeq + 1;
            long last = appliedSeq;
            int rows = 0;
            long nextRowSeqBefore = nextRowSeq;
            List<IngestJournal.Entry> entries = journal.entriesAfter(last, Math.min(APPLY_CHUNK_ROWS, APPLY_ROWS));
            if (entries.isEmpty()) {
                return false;
            }
            try {
                // The Appender commits on its own, whatever the connection's transaction: it fills a
                // temporary staging table, and one transaction moves the rows and the watermark.
                try (Statement statement = writer.createStatement()) {
                    statement.execute("DELETE FROM staging");
                }
                try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging")) {
                    while (!entries.isEmpty()) {
                        for (IngestJournal.Entry entry : entries) {
                            for (RecordRow row : entry.rows()) {
                                appendRow(appender, entry.project(), row);
                                rows++;
                            }
                        }
                        last = entries.get(entries.size() - 1).seq();
                        entries = rows < APPLY_ROWS
                                ? journal.entriesAfter(last, Math.min(APPLY_CHUNK_ROWS, APPLY_ROWS - rows)) : List.of();
                    }
                    // close() swallows a failed flush: flush to hear of it.
                    appender.flush();
                }
                try (Statement statement = writer.createStatement()) {
                    // No key check here: the journal admitted only keys it did not hold, a queue's
                    // labels claim theirs durably before they commit, and the watermark commits with
                    // the rows, so a replay applies exactly what is missing (records has no primary
                    // key in DuckDB since V9: checking it was about a third of this thread's CPU).
                    statement.execute("INSERT INTO records SELECT * FROM staging");
                    statement.execute("DELETE FROM staging");
                }
                try (PreparedStatement statement = writer.prepareStatement("UPDATE journal_state SET applied = ?")) {
                    statement.setLong(1, last);
                    statement.executeUpdate();
                }
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                // also a journal read failing halfway (RocksDB, a damaged entry): nothing is half-applied
                try {
                    writer.rollback();
                } catch (SQLException ignored) {
                    // the entries stay in the journal and are applied on the next attempt
                }
                nextRowSeq = nextRowSeqBefore;
                throw PlumblineException.unavailable("the embedded store could not apply journal entries "
                        + first + "–" + last + ": " + e.getMessage(), e);
            }
            appliedSeq = last;
            journal.discardThrough(last);
            synchronized (backlog) {
                // rows replayed at open were never counted in this run
                pendingRows = Math.max(0, pendingRows - rows);
                backlog.notifyAll();
            }
            return true;
        }

        /** At open: reads the applied watermark, indexes keys of an older data directory, replays the rest. */
        void recover() throws SQLException {
            long applied;
            try (Statement statement = writer.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS journal_state (applied BIGINT NOT NULL)");
                try (ResultSet rs = statement.executeQuery("SELECT max(applied) FROM journal_state")) {
                    rs.next();
                    applied = rs.getLong(1);
                    if (rs.wasNull()) {
                        statement.execute("INSERT INTO journal_state VALUES (0)");
                    }
                }
                try (ResultSet rs = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM records")) {
                    rs.next();
                    nextRowSeq = rs.getLong(1);
                }
            }
            writer.commit();
            try (Statement statement = writer.createStatement()) {
                statement.execute("CREATE TEMP TABLE staging AS SELECT * FROM records LIMIT 0");
            }
            writer.commit();
            appliedSeq = applied;
            journal.continueAfter(applied);
            if (!journal.indexComplete()) {
                // a new data directory, one without its journal, or the first open after V9: one pass
                // over DuckDB's keys, once
                indexExistingKeys();
                // ends the read's transaction: a snapshot left open would hide later commits of other connections
                writer.commit();
                journal.markIndexComplete();
            }
            synchronized (writeLock()) {
                applyThrough(journal.lastSeq());
                releaseUnsettledKeys();
            }
        }

        /**
         * Gives back keys whose rows DuckDB lacks though the index holds them, among those a
         * transaction marked and the process's end left unsettled: a queue's claimed label keys whose
         * transaction never committed (a retried submit would otherwise fail for ever), and an
         * erasure's keys whose delete committed just before the end (a re-sent id would otherwise be
         * a duplicate for ever). A marked key whose row DuckDB has stays.
         */
        private void releaseUnsettledKeys() throws SQLException {
            for (Map.Entry<ProjectId, Set<RecordKey>> claims : journal.unsettledKeys().entrySet()) {
                ProjectId project = claims.getKey();
                Set<RecordKey> lost = new HashSet<>(claims.getValue());
                lost.removeAll(stored(project, claims.getValue()));
                if (!lost.isEmpty()) {
                    LOG.info("giving back {} record keys of project {} whose rows a transaction cut short by the"
                            + " process's end never committed, or erased", lost.size(), project);
                    // forget, not only removeKeys: when an erasure's keys, the journal's files are purged too
                    journal.forget(project, lost);
                }
                journal.settle(project, claims.getValue());
            }
        }

        /** Which of these keys DuckDB holds a row for. */
        private Set<RecordKey> stored(ProjectId project, Set<RecordKey> keys) throws SQLException {
            Set<RecordKey> found = new HashSet<>();
            List<RecordKey> all = new ArrayList<>(keys);
            for (int from = 0; from < all.size(); from += 500) {
                List<RecordKey> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String pairs = String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)"));
                try (PreparedStatement statement = writer.prepareStatement("SELECT kind, id FROM records WHERE project = ?"
                        + " AND (kind, id) IN (" + pairs + ")")) {
                    int p = 0;
                    statement.setString(++p, project.value());
                    for (RecordKey key : chunk) {
                        statement.setString(++p, key.kind().wireName());
                        statement.setString(++p, key.id());
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(new RecordKey(Kind.fromWire(rs.getString(1)).orElseThrow(), rs.getString(2)));
                        }
                    }
                }
            }
            writer.commit();
            return found;
        }

        private void indexExistingKeys() throws SQLException {
            try (Statement statement = writer.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT project, kind, id FROM records ORDER BY project")) {
                ProjectId project = null;
                List<RecordKey> chunk = new ArrayList<>();
                long keys = 0;
                while (rs.next()) {
                    keys++;
                    ProjectId rowProject = new ProjectId(rs.getString(1));
                    if (!rowProject.equals(project) || chunk.size() == 10_000) {
                        if (project != null) {
                            journal.index(project, chunk);
                        }
                        chunk = new ArrayList<>();
                        project = rowProject;
                    }
                    chunk.add(new RecordKey(Kind.fromWire(rs.getString(2)).orElseThrow(), rs.getString(3)));
                }
                if (project != null) {
                    journal.index(project, chunk);
                }
                if (keys > 0) {
                    LOG.info("checked the ingest journal's key index against the {} records of {}", keys, file);
                }
            }
        }

        /** The applier thread: keeps DuckDB close behind the journal so reads rarely have to apply. */
        void applyContinuously() {
            while (open) {
                try {
                    synchronized (backlog) {
                        if (pendingRows <= 0) {
                            backlog.wait(200);
                        }
                    }
                    applyPending();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.error("applying the ingest journal to DuckDB failed; retrying in a second", e);
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        /**
         * Label records a queue's group commit writes inside its own transaction: their keys are
         * claimed in the journal's index first (a key it holds, or one key twice, fails the
         * statement with a duplicate-key error, since DuckDB's records have no key of their own), then one plain multi-row INSERT puts them in DuckDB.
         */
        @Override
        protected void insertFresh(Connection connection, ProjectId project, List<RecordRow> rows) throws SQLException {
            List<RecordKey> claimed = new ArrayList<>(rows.size());
            rows.forEach(row -> claimed.add(row.key()));
            synchronized (admitLock) {
                if (!journal.claim(project, claimed)) {
                    throw new SQLException("duplicate key: a record with one of these ids exists", "23505");
                }
            }
            claimedInTransaction.computeIfAbsent(project, p -> new HashSet<>()).addAll(claimed);
            // the log's fsync runs beside the transaction's own statements instead of before them
            keysSynced = keysSynced == null ? java.util.concurrent.CompletableFuture.runAsync(journal::sync, keySyncer)
                    : keysSynced.thenRunAsync(journal::sync, keySyncer);
            String values = String.join(", ", java.util.Collections.nCopies(rows.size(),
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            try (PreparedStatement s = writer.prepareStatement("INSERT INTO records VALUES " + values)) {
                int p = 0;
                for (RecordRow row : rows) {
                    s.setString(++p, project.value());
                    s.setString(++p, row.kind());
                    s.setString(++p, row.id());
                    s.setLong(++p, ++nextRowSeq);
                    s.setLong(++p, row.tsMicros());
                    s.setInt(++p, row.day());
                    for (String text : new String[] {row.sessionId(), row.userId(), row.interactionId(), row.type(),
                            row.modelName(), row.modelVersion(), row.modelFamily(), row.actorRole(), row.actorId(),
                            row.body()}) {
                        s.setString(++p, text);
                    }
                }
                s.executeUpdate();
            }
        }

        /**
         * From the journal's key index where it holds the session (every interaction admitted since
         * it does): no DuckDB scan, and no wait for pending entries to be applied.
         */
        @Override
        public java.util.Optional<String> sessionOfInteraction(ProjectId project, String id) {
            IngestJournal.IndexedSession indexed = journal.sessionOfInteraction(project, id);
            return indexed.known() ? indexed.session() : super.sessionOfInteraction(project, id);
        }

        /**
         * The doomed keys are marked before the delete commits: if the process dies between that
         * commit and {@link #erased}, the next open finds the marked keys without rows and gives them
         * back (and purges the journal's files), instead of holding them for ever.
         */
        @Override
        protected void erasing(ProjectId project, Set<RecordKey> keys) {
            journal.markUnsettled(project, keys);
        }

        @Override
        protected void erased(ProjectId project, Set<RecordKey> keys) {
            synchronized (admitLock) {
                journal.forget(project, keys);
            }
        }

        private void appendRow(DuckDBAppender appender, ProjectId project, RecordRow row) throws SQLException {
            appender.beginRow();
            appender.append(project.value());
            appender.append(row.kind());
            appender.append(row.id());
            appender.append(++nextRowSeq);
            appender.append(row.tsMicros());
            appender.append(row.day());
            nullable(appender, row.sessionId());
            nullable(appender, row.userId());
            nullable(appender, row.interactionId());
            nullable(appender, row.type());
            nullable(appender, row.modelName());
            nullable(appender, row.modelVersion());
            nullable(appender, row.modelFamily());
            nullable(appender, row.actorRole());
            nullable(appender, row.actorId());
            appender.append(row.body());
            appender.endRow();
        }

        private void nullable(DuckDBAppender appender, String value) throws SQLException {
            if (value == null) {
                appender.appendNull();
            } else {
                appender.append(value);
            }
        }
    }
}
