package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Record;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.SessionBatch;
import dev.plumbline.signals.SessionStream;
import dev.plumbline.signals.Sessionizer;
import dev.plumbline.signals.Signal;
import dev.plumbline.signals.SignalRule;
import dev.plumbline.signals.SignalRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Mining end to end: sessions, then each session's signals and pairs, then the dataset builder.
 * {@link #mine(Iterator, MiningConfig, Consumer, Consumer)} holds one session at a time: candidate
 * pairs and thumbed answers (for the cross-session thumbs rule) are spilled to disk under the config's
 * spill directory, and the filters run per prompt partition ({@link DatasetBuild}), so memory does not
 * grow with the records. The overloads returning a {@link MiningResult} collect the surviving pairs
 * into a list for callers whose dataset fits in memory. One instance per run; not thread-safe.
 */
public final class Miner implements AutoCloseable {
    private final MiningConfig config;
    private final String configHash;
    private final List<SignalRule> signalRules;
    private final List<PairRule> sessionPairRules;
    private final PreferThumbsUpOverThumbsDown thumbsRule = new PreferThumbsUpOverThumbsDown();
    private final DatasetBuild candidates;
    private final SpillFiles<ThumbedAnswer> thumbed;
    private final SkipTally skips = new SkipTally();
    private final Map<String, Long> signalsByType = new TreeMap<>();
    private long records;
    private long sessions;
    private Instant watermark = Instant.EPOCH;

    private Miner(MiningConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.configHash = config.hash();
        this.signalRules = SignalRules.standard(config.signals());
        this.sessionPairRules = sessionPairRules(config);
        this.candidates = new DatasetBuilder(config.build()).open(config.spillDirectory());
        try {
            this.thumbed = new SpillFiles<>(config.spillDirectory(), "plumbline-thumbed-", SpillCodec::writeThumbed,
                    SpillCodec::readThumbed);
        } catch (RuntimeException e) {
            candidates.close();
            throw e;
        }
    }

    /** Mines records held in memory: groups them into sessions, then streams those. */
    public static MiningResult mine(Iterable<? extends Record> records, MiningConfig config) {
        SessionBatch batch = new Sessionizer(config.sessions()).group(records);
        List<Signal> signals = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        DatasetReport report = mine(batch.sessions().iterator(), config, signals::add, pairs::add, batch.orphans());
        return new MiningResult(signals, new Dataset(pairs, report));
    }

    /**
     * Mines sessions one at a time, handing each signal to {@code signalSink}, and collects the
     * surviving pairs into the result's dataset (the result's signal list is empty).
     */
    public static MiningResult mine(Iterator<Session> sessions, MiningConfig config, Consumer<Signal> signalSink) {
        List<Pair> pairs = new ArrayList<>();
        DatasetReport report = mine(sessions, config, signalSink, pairs::add);
        return new MiningResult(List.of(), new Dataset(pairs, report));
    }

    /**
     * Mines sessions one at a time in bounded memory: each signal goes to {@code signalSink} as it is
     * found, each surviving pair to {@code pairSink} in id order once the filters have run; returns
     * the dataset's report. Spill files are deleted before this returns, also on failure.
     */
    public static DatasetReport mine(Iterator<Session> sessions, MiningConfig config, Consumer<Signal> signalSink,
            Consumer<Pair> pairSink) {
        return mine(sessions, config, signalSink, pairSink, 0);
    }

    private static DatasetReport mine(Iterator<Session> sessions, MiningConfig config, Consumer<Signal> signalSink,
            Consumer<Pair> pairSink, long orphans) {
        try (Miner miner = new Miner(config)) {
            sessions.forEachRemaining(session -> miner.accept(session, signalSink));
            long streamOrphans = sessions instanceof SessionStream ? ((SessionStream) sessions).orphans() : 0;
            return miner.finish(orphans + streamOrphans, pairSink);
        }
    }
    /** The rule names and versions every mined fact can name. */
    public static Map<String, String> ruleVersions(MiningConfig config) {
        Map<String, String> versions = new TreeMap<>();
        SignalRules.standard(config.signals()).forEach(r -> versions.put(r.name(), r.version()));
        sessionPairRules(config).forEach(r -> versions.put(r.name(), r.version()));
        PreferThumbsUpOverThumbsDown thumbs = new PreferThumbsUpOverThumbsDown();
        versions.put(thumbs.name(), thumbs.version());
        return versions;
    }

    private static List<PairRule> sessionPairRules(MiningConfig config) {
        return List.of(new PreferKeptOverRegenerated(), new PreferEditedOverOriginal(config.maxTypoEdits()),
                new PreferCorrectionOverOriginal(), new PreferChosenInChoice(), new PreferLabelledWinner());
    }

    /** The code version recorded in provenance: the jar's implementation version, or {@code dev}. */
    public static String codeVersion() {
        String version = Miner.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private void accept(Session session, Consumer<Signal> signalSink) {
        sessions++;
        records += session.size();
        watermark = session.watermark().isAfter(watermark) ? session.watermark() : watermark;
        String hash = configHash;
        List<Signal> signals = new ArrayList<>();
        for (Signal signal : SignalRules.apply(signalRules, session)) {
            Signal stamped = signal.stamped(hash, config.codeVersion());
            signals.add(stamped);
            signalsByType.merge(stamped.type().wireName(), 1L, Long::sum);
            signalSink.accept(stamped);
        }
        for (PairRule rule : sessionPairRules) {
            PairYield yield = rule.apply(session, signals);
            yield.pairs().forEach(p -> candidates.add(p.stamped(hash, config.codeVersion())));
            yield.skips().forEach(skips::add);
        }
        for (Thumbed answer : thumbsRule.thumbed(session)) {
            ThumbedAnswer spilled = ThumbedAnswer.of(answer);
            thumbed.add(partition(spilled.contextKey()), spilled);
        }
    }

    private static int partition(String key) {
        return DatasetBuild.partition(key);
    }

    /** Pairs thumbed answers across sessions, partition by partition: a context's answers share one. */
    private void pairThumbed() {
        for (int partition = 0; partition < DatasetBuild.PARTITIONS; partition++) {
            Map<String, List<ThumbedAnswer>> byContext = new LinkedHashMap<>();
            for (ThumbedAnswer answer : thumbed.drain(partition)) {
                List<ThumbedAnswer> group = byContext.computeIfAbsent(answer.contextKey(), k -> new ArrayList<>());
                if (group.size() < config.maxThumbedPerContext()) {
                    group.add(answer);
                }
            }
            byContext.values().forEach(group -> thumbsRule.pairsOf(group)
                    .forEach(p -> candidates.add(p.stamped(configHash, config.codeVersion()))));
        }
    }

    private DatasetReport finish(long orphans, Consumer<Pair> pairSink) {
        pairThumbed();
        Lineage lineage = new Lineage(watermark, records, sessions, orphans, signalsByType, ruleVersions(config),
                configHash, config.codeVersion());
        return candidates.finish(skips, lineage, pairSink);
    }

    @Override
    public void close() {
        try {
            thumbed.close();
        } finally {
            candidates.close();
        }
    }
}
