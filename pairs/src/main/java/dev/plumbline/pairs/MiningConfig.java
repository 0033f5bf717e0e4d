package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SignalConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Everything mining is configured by: sessions, signal thresholds, the pair rules' settings (typo
 * size; how many thumbed answers to pair per prompt context) and the dataset builder's filters and
 * gates. {@code spillDirectory} is where a run keeps its temporary files (candidate pairs and thumbed
 * answers go to disk, so memory does not grow with the input); it and {@code codeVersion} (recorded in
 * provenance) are not part of the {@link #hash()}: they do not change what is mined.
 */
public record MiningConfig(
        SessionConfig sessions,
        SignalConfig signals,
        int maxTypoEdits,
        int maxThumbedPerContext,
        Path spillDirectory,
        BuildConfig build,
        String codeVersion) {
    public static final MiningConfig DEFAULTS = new MiningConfig(SessionConfig.DEFAULTS, SignalConfig.DEFAULTS, 2,
            16, Path.of(System.getProperty("java.io.tmpdir")), BuildConfig.DEFAULTS, Miner.codeVersion());

    public MiningConfig {
        requireNonNull(sessions, "sessions is null");
        requireNonNull(signals, "signals is null");
        requireNonNull(spillDirectory, "spillDirectory is null");
        requireNonNull(build, "build is null");
        requireNonNull(codeVersion, "codeVersion is null");
        if (maxTypoEdits < 0 || maxThumbedPerContext < 2) {
            throw PlumblineException.invalidInput("maxTypoEdits must be >= 0 and maxThumbedPerContext >= 2");
        }
    }

    public MiningConfig withBuild(BuildConfig newBuild) {
        return new MiningConfig(sessions, signals, maxTypoEdits, maxThumbedPerContext, spillDirectory, newBuild, codeVersion);
    }

    public MiningConfig withSignals(SignalConfig newSignals) {
        return new MiningConfig(sessions, newSignals, maxTypoEdits, maxThumbedPerContext, spillDirectory, build, codeVersion);
    }

    public MiningConfig withSpillDirectory(Path newSpillDirectory) {
        return new MiningConfig(sessions, signals, maxTypoEdits, maxThumbedPerContext, newSpillDirectory, build, codeVersion);
    }

    /** One setting per line in a fixed order: the text that {@link #hash()} digests. */
    public String canonical() {
        return "sessions.inactivityGap=" + sessions.inactivityGap()
                + "\nsignals.keptShare=" + signals.keptShare()
                + "\nsignals.abandonAfter=" + signals.abandonAfter()
                + "\nsignals.rephraseWithin=" + signals.rephraseWithin()
                + "\nsignals.rephraseSimilarity=" + signals.rephraseSimilarity()
                + "\nsignals.negativeOutcomes=" + new TreeSet<>(signals.negativeOutcomes())
                + "\npairs.maxTypoEdits=" + maxTypoEdits
                + "\npairs.maxThumbedPerContext=" + maxThumbedPerContext
                + "\n" + build.canonical() + "\n";
    }

    /** SHA-256 of {@link #canonical()}, in hex. */
    public String hash() {
        return sha256(canonical());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw PlumblineException.internal("SHA-256 is not available", e);
        }
    }
}
