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
 * {@link #mine(Iterator, MiningConfig, Consumer)} holds one session at a time (plus the candidate
 * pairs and, per prompt context, at most {@code maxThumbedPerContext} thumbed answers for the
 * cross-session thumbs rule), so memory does not grow with the records; {@link #mine(Iterable,
 * MiningConfig)} groups an in-memory input first. Not thread-safe; create one per run.
 */
public final class Miner {
    private final MiningConfig config;
    private final String configHash;
    private final List<SignalRule> signalRules;
    private final List<PairRule> sessionPairRules;
    private final PreferThumbsUpOverThumbsDown thumbsRule = new PreferThumbsUpOverThumbsDown();
    private final Map<Fingerprint, List<Thumbed>> thumbedByContext = new LinkedHashMap<>();
    private final List<Pair> candidates = new ArrayList<>();
    private final SkipTally skips = new SkipTally();
    private final Map<String, Long> signalsByType = new TreeMap<>();
    private long records;
    private long sessions;
    private Instant watermark = Instant.EPOCH;

    private Miner(MiningConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.configHash = config.hash();
        this.signalRules = SignalRules.standard(config.signals());
        this.sessionPairRules = List.of(new PreferKeptOverRegenerated(),
                new PreferEditedOverOriginal(config.maxTypoEdits()), new PreferCorrectionOverOriginal(),
                new PreferChosenInChoice(), new PreferLabelledWinner());
    }

    /** Mines records held in memory: groups them into sessions, then streams those. */
    public static MiningResult mine(Iterable<? extends Record> records, MiningConfig config) {
        SessionBatch batch = new Sessionizer(config.sessions()).group(records);
        List<Signal> signals = new ArrayList<>();
        MiningResult result = mine(batch.sessions().iterator(), config, signals::add, batch.orphans());
        return new MiningResult(signals, result.dataset());
    }

    /** Mines sessions one at a time, handing each signal to {@code signalSink} instead of keeping it. */
    public static MiningResult mine(Iterator<Session> sessions, MiningConfig config, Consumer<Signal> signalSink) {
        return mine(sessions, config, signalSink, 0);
    }

    private static MiningResult mine(Iterator<Session> sessions, MiningConfig config, Consumer<Signal> signalSink,
            long orphans) {
        Miner miner = new Miner(config);
        sessions.forEachRemaining(session -> miner.accept(session, signalSink));
        long streamOrphans = sessions instanceof SessionStream ? ((SessionStream) sessions).orphans() : 0;
        return new MiningResult(List.of(), miner.finish(orphans + streamOrphans));
    }

    /** The rule names and versions every mined fact can name. */
    public static Map<String, String> ruleVersions(MiningConfig config) {
        Miner miner = new Miner(config);
        Map<String, String> versions = new TreeMap<>();
        miner.signalRules.forEach(r -> versions.put(r.name(), r.version()));
        miner.sessionPairRules.forEach(r -> versions.put(r.name(), r.version()));
        versions.put(miner.thumbsRule.name(), miner.thumbsRule.version());
        return versions;
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
        thumbsRule.thumbed(session).forEach(this::remember);
    }

    /** Indexes a thumbed answer by its context, within the configured bounds; what does not fit is reported. */
    private void remember(Thumbed thumbed) {
        Fingerprint context = Fingerprint.of(PreferThumbsUpOverThumbsDown.contextKey(thumbed.interaction()));
        List<Thumbed> group = thumbedByContext.get(context);
        if (group == null && thumbedByContext.size() >= config.maxThumbedContexts()) {
            skips.add(thumbsRule.skip(List.of(thumbed.interaction().id(), thumbed.thumbs().id()),
                    "the thumbs index is full (maxThumbedContexts)"));
            return;
        }
        group = group == null ? new ArrayList<>() : group;
        thumbedByContext.put(context, group);
        if (group.size() < config.maxThumbedPerContext()) {
            group.add(thumbed);
        }
    }

    private Dataset finish(long orphans) {
        String hash = configHash;
        thumbedByContext.values().forEach(group -> thumbsRule.pairs(group)
                .forEach(p -> candidates.add(p.stamped(hash, config.codeVersion()))));
        Lineage lineage = new Lineage(watermark, records, sessions, orphans, signalsByType, ruleVersions(config),
                hash, config.codeVersion());
        return new DatasetBuilder(config.build()).build(candidates, skips, lineage);
    }
}
