package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One view of the loop-health report: its charts and the same numbers stated as sentences, or,
 * when its inputs are absent, the plain reason why there is nothing to show.
 */
public record Section(String id, String title, Optional<String> absent, List<String> facts, List<Chart> charts) {
    public Section {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(absent, "absent is null");
        facts = List.copyOf(requireNonNull(facts, "facts is null"));
        charts = List.copyOf(requireNonNull(charts, "charts is null"));
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
