package dev.plumbline.simulate;

import java.util.List;

/**
 * The Goodhart trap: releases whose proxy (judge win rate against the previous release) rises
 * while the outcome ({@code retained_7d}) falls, and the releases where neither diverges.
 */
public record GoodhartTruth(String proxy, String outcome, List<String> divergingReleases, List<String> quietReleases) {
    public GoodhartTruth {
        divergingReleases = List.copyOf(divergingReleases);
        quietReleases = List.copyOf(quietReleases);
    }
}
