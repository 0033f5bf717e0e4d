package dev.plumbline.judging;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How many subjects majority vote gave each category, and how many had no unique majority. */
public record MajoritySummary(Map<String, Integer> counts, int noMajority) {
    public MajoritySummary {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
