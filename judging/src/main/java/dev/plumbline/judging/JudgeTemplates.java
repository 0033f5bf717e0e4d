package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog of judge templates: the project's defaults plus any added, found by {@code name} (the
 * highest version) or {@code name@version}. A later template with the same id replaces an earlier one.
 * Immutable.
 */
public final class JudgeTemplates {
    public static final String DEFAULT_PAIRWISE = "plumbline-pairwise";
    public static final String DEFAULT_SINGLE = "plumbline-single";

    private final Map<String, JudgeTemplate> byId;

    private JudgeTemplates(List<JudgeTemplate> templates) {
        Map<String, JudgeTemplate> map = new LinkedHashMap<>();
        templates.forEach(template -> map.put(template.id(), template));
        this.byId = Map.copyOf(map);
    }

    /** The project's own templates, shipped in the judging jar. */
    public static JudgeTemplates defaults() {
        return new JudgeTemplates(TemplateJson.defaults());
    }

    public static JudgeTemplates of(List<JudgeTemplate> templates) {
        return new JudgeTemplates(requireNonNull(templates, "templates is null"));
    }

    /** This catalog with more templates. */
    public JudgeTemplates with(List<JudgeTemplate> more) {
        List<JudgeTemplate> all = new ArrayList<>(all());
        all.addAll(more);
        return new JudgeTemplates(all);
    }

    /** Every template, sorted by name and version. */
    public List<JudgeTemplate> all() {
        return byId.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public Optional<JudgeTemplate> find(String reference) {
        if (reference.contains("@")) {
            return Optional.ofNullable(byId.get(reference));
        }
        return byId.values().stream().filter(t -> t.name().equals(reference))
                .max((a, b) -> compareVersions(a.version(), b.version()));
    }

    /** The template, or invalid input naming the ones there are. */
    public JudgeTemplate require(String reference) {
        return find(reference).orElseThrow(() -> PlumblineException.invalidInput("no judge template '" + reference
                + "'; known: " + all().stream().map(JudgeTemplate::id).toList()));
    }

    private static int compareVersions(String a, String b) {
        boolean numeric = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
        return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
