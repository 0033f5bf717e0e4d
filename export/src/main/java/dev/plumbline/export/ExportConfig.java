package dev.plumbline.export;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * How to export: the TRL format, conversational (message lists) or standard (strings), Parquet
 * beside JSONL, the split grouping, test share and seed, and the card's name and licence.
 */
public record ExportConfig(
        TrlFormat format,
        boolean conversational,
        boolean parquet,
        SplitBy splitBy,
        double testShare,
        long seed,
        String name,
        String license) {
    public static final ExportConfig DEFAULTS =
            new ExportConfig(TrlFormat.DPO, true, false, SplitBy.USER, 0.1, 42, "plumbline-preferences", "other");

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
        return new ExportConfig(newFormat, newConversational, newParquet, splitBy, testShare, seed, name, license);
    }

    public ExportConfig withSplit(SplitBy newSplitBy, double newTestShare, long newSeed) {
        return new ExportConfig(format, conversational, parquet, newSplitBy, newTestShare, newSeed, name, license);
    }

    public ExportConfig withName(String newName) {
        return new ExportConfig(format, conversational, parquet, splitBy, testShare, seed, newName, license);
    }
}
