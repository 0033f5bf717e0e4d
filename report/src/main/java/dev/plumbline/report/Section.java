package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One view of the loop-health report: its charts and the same numbers stated as sentences, or,
 * when its inputs are absent, the plain reason why there is nothing to show. {@code computedAt} is
 * set when the view was not computed with the report but carried from an earlier run that had its
 * inputs ({@link ReportSnapshot}).
 */
public record Section(String id, String title, Optional<String> absent, List<String> facts, List<Chart> charts,
        Optional<Instant> computedAt) {
    public Section {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(absent, "absent is null");
        facts = List.copyOf(requireNonNull(facts, "facts is null"));
        charts = List.copyOf(requireNonNull(charts, "charts is null"));
        requireNonNull(computedAt, "computedAt is null");
    }

    /** A view computed with the report. */
    public Section(String id, String title, Optional<String> absent, List<String> facts, List<Chart> charts) {
        this(id, title, absent, facts, charts, Optional.empty());
    }

    /** The same view marked as computed earlier, at {@code at}, with {@code note} (which says so) as its first fact. */
    Section carriedFrom(Instant at, String note) {
        List<String> withNote = new ArrayList<>();
        withNote.add(note);
        withNote.addAll(facts);
        return new Section(id, title, absent, withNote, charts, Optional.of(at));
    }

    /** A section with nothing to show, saying why. */
    public static Section absent(String id, String title, String reason) {
        return new Section(id, title, Optional.of(reason), List.of(), List.of());
    }

    /** A section with facts and charts. */
    public static Section of(String id, String title, List<String> facts, List<Chart> charts) {
        return new Section(id, title, Optional.empty(), facts, charts);
    }

    public boolean available() {
        return absent.isEmpty();
    }
}
