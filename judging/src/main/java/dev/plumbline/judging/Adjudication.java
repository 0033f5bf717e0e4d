package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A subject whose aggregated label stays uncertain and should go to an adjudicator, with every annotator's label. */
public record Adjudication(String subject, Optional<String> majority, String dawidSkene, double posterior,
        Map<String, String> labels) {
    public Adjudication {
        requireNonNull(subject, "subject is null");
        requireNonNull(majority, "majority is null");
        requireNonNull(dawidSkene, "dawidSkene is null");
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
