package dev.plumbline.export;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * How to export: the TRL format, conversational (message lists) or standard (strings), Parquet
 * beside JSONL, the split grouping, test share and seed, the card's name and licence, and whether
 * train items overlapping a registered eval set were allowed ({@code --allow-overlap}), which the
 * manifest records.
 */
public record ExportConfig(
        TrlFormat format,
        boolean conversational,
        boolean parquet,
        SplitBy splitBy,
        double testShare,
        long seed,
        String name,
        String license,
        boolean allowOverlap) {
    public static final ExportConfig DEFAULTS =
            new ExportConfig(TrlFormat.DPO, true, false, SplitBy.USER, 0.1, 42, "plumbline-preferences", "other");

    /** A config that does not allow eval overlap. */
    public ExportConfig(TrlFormat format, boolean conversational, boolean parquet, SplitBy splitBy, double testShare,
            long seed, String name, String license) {
        this(format, conversational, parquet, splitBy, testShare, seed, name, license, false);
    }

    public ExportConfig {
        requireNonNull(format, "format is null");
        requireNonNull(splitBy, "splitBy is null");
        requireNonNull(name, "name is null");
        requireNonNull(license, "license is null");
        if (!(testShare >= 0 && testShare < 1)) {
            throw PlumblineException.invalidInput("test share must be in [0, 1), was " + testShare);
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw PlumblineException.invalidInput("dataset name '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
    }

    public ExportConfig withFormat(TrlFormat newFormat, boolean newConversational, boolean newParquet) {
        return new ExportConfig(newFormat, newConversational, newParquet, splitBy, testShare, seed, name, license, allowOverlap);
    }

    public ExportConfig withSplit(SplitBy newSplitBy, double newTestShare, long newSeed) {
        return new ExportConfig(format, conversational, parquet, newSplitBy, newTestShare, newSeed, name, license, allowOverlap);
    }

    public ExportConfig withName(String newName) {
        return new ExportConfig(format, conversational, parquet, splitBy, testShare, seed, newName, license, allowOverlap);
    }

    /** The same config, exporting even when train items overlap a registered eval set (recorded in the manifest). */
    public ExportConfig withAllowOverlap(boolean allowed) {
        return new ExportConfig(format, conversational, parquet, splitBy, testShare, seed, name, license, allowed);
    }
}
