package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views of a loop-health report that needed arguments the stored records do not hold, as the
 * run that had them rendered them: the teacher-voice series (releases, teacher, human reference)
 * and the contamination and overlap findings when contamination was audited (the evaluated family).
 * A later report without those arguments, such as the server's dashboard, shows these views from
 * the snapshot with the time they were computed rather than nothing. Its JSON (schema version
 * {@value #SCHEMA_VERSION}) holds only the rendered views: counts, rates and phrases, no record ids.
 * Immutable.
 */
public record ReportSnapshot(Instant computedAt, String computedBy, List<Section> sections) {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ReportSnapshot {
        requireNonNull(computedAt, "computedAt is null");
        requireNonNull(computedBy, "computedBy is null");
        sections = List.copyOf(requireNonNull(sections, "sections is null"));
    }

    /** The views of {@code health} computed from given arguments; empty when it had none of them. */
    public static Optional<ReportSnapshot> of(LoopHealth health, String computedBy) {
        List<Section> given = new ArrayList<>();
        for (Section section : health.sections()) {
            boolean voice = section.id().equals(Sections.VOICE) && health.voice().isPresent();
            boolean contamination = section.id().equals(Sections.PROVENANCE) && !health.contamination().isEmpty();
            if (voice || contamination) {
                given.add(section);
            }
        }
        return given.isEmpty() ? Optional.empty() : Optional.of(new ReportSnapshot(health.generatedAt(), computedBy, given));
    }

    /** The view with this id, marked with when and by what it was computed. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> s.carriedFrom(computedAt, "Computed by " + computedBy + " at " + computedAt + " with inputs this report"
                        + " was not given; run it again with them to refresh this view."));
    }

    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION).put("computed_at", computedAt.toString()).put("computed_by", computedBy);
        sections.forEach(s -> root.withArray("sections").add(LoopHealthJson.section(s)));
        return root.toString();
    }

    /** Reads what {@link #toJson} wrote; another schema version or a malformed body fails with invalid input. */
    public static ReportSnapshot fromJson(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
                throw PlumblineException.invalidInput("a stored report snapshot has schema_version " + root.path("schema_version")
                        + "; this Plumbline reads version " + SCHEMA_VERSION);
            }
            List<Section> sections = new ArrayList<>();
            root.path("sections").forEach(s -> sections.add(LoopHealthJson.readSection(s)));
            return new ReportSnapshot(Instant.parse(root.path("computed_at").asText()), root.path("computed_by").asText(), sections);
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw PlumblineException.invalidInput("a stored report snapshot is unreadable: " + e.getMessage());
        }
    }
}
