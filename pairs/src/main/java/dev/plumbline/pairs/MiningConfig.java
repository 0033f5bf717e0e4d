package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.signals.SessionConfig;
import dev.plumbline.signals.SignalConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Everything mining is configured by: sessions, signal thresholds, the pair rules' settings (typo
 * size; how many thumbed answers to keep per prompt context and how many contexts, which bounds the
 * memory of the cross-session thumbs rule) and the dataset builder's filters and gates. {@code codeVersion} is recorded in provenance but is not part of the {@link #hash()}.
 */
public record MiningConfig(
        SessionConfig sessions,
        SignalConfig signals,
        int maxTypoEdits,
        int maxThumbedPerContext,
        int maxThumbedContexts,
        BuildConfig build,
        String codeVersion) {
    public static final MiningConfig DEFAULTS = new MiningConfig(SessionConfig.DEFAULTS, SignalConfig.DEFAULTS, 2,
            16, 200_000, BuildConfig.DEFAULTS, Miner.codeVersion());

    public MiningConfig {
        requireNonNull(sessions, "sessions is null");
        requireNonNull(signals, "signals is null");
        requireNonNull(build, "build is null");
        requireNonNull(codeVersion, "codeVersion is null");
        if (maxTypoEdits < 0 || maxThumbedPerContext < 2 || maxThumbedContexts < 1) {
            throw PlumblineException.invalidInput(
                    "maxTypoEdits must be >= 0, maxThumbedPerContext >= 2 and maxThumbedContexts >= 1");
        }
    }

    public MiningConfig withBuild(BuildConfig newBuild) {
        return new MiningConfig(sessions, signals, maxTypoEdits, maxThumbedPerContext, maxThumbedContexts, newBuild, codeVersion);
    }

    public MiningConfig withSignals(SignalConfig newSignals) {
        return new MiningConfig(sessions, newSignals, maxTypoEdits, maxThumbedPerContext, maxThumbedContexts, build, codeVersion);
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
                + "\npairs.maxThumbedContexts=" + maxThumbedContexts
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
