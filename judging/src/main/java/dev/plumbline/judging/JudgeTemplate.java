package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A versioned judge prompt, as data. {@code userPrompt} holds {@code {placeholder}}s ({@code
 * question}, {@code answer_a}, {@code answer_b}, {@code answer}, {@code reference}, and the
 * multi-turn {@code question_1}, {@code answer_a_1}, {@code ref_answer_1}, ...). {@code
 * verdictPattern} is a regular expression with a group named {@code verdict}; for a pairwise
 * template {@code verdicts} maps what that group captures to A, B or tie ({@code [[C]]} → tie), for a
 * single template the capture is a number on {@code scale}. Parsing is strict: no match, several
 * different verdicts, or an unmapped or out-of-scale capture is unparsed, never a default.
 */
public record JudgeTemplate(String name, String version, TemplateKind kind, String systemPrompt, String userPrompt,
        String verdictPattern, Map<String, String> verdicts, Optional<RatingScale> scale, String source) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)\\}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public JudgeTemplate {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(systemPrompt, "systemPrompt is null");
        requireNonNull(userPrompt, "userPrompt is null");
        requireNonNull(verdictPattern, "verdictPattern is null");
        verdicts = Map.copyOf(requireNonNull(verdicts, "verdicts is null"));
        requireNonNull(scale, "scale is null");
        requireNonNull(source, "source is null");
        if (!NAME.matcher(name).matches() || !NAME.matcher(version).matches()) {
            throw PlumblineException.invalidInput("template name and version must be letters, digits, '.', '_', '-', got '"
                    + name + "@" + version + "'");
        }
        checkPattern(name, verdictPattern);
        checkKind(name, kind, verdicts, scale, userPrompt);
    }

    /** {@code name@version}: what a judge label records as its guideline. */
    public String id() {
        return name + "@" + version;
    }

    /** The placeholders the user prompt needs, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(userPrompt);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The user prompt with every placeholder filled; a placeholder without a value is invalid input. */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(userPrompt);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw PlumblineException.invalidInput("template " + id() + " needs {" + matcher.group(1)
                        + "} but the item has none (it has " + values.keySet() + ")");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The verdict in a judge's output: A, B or tie for a pairwise template, the rating as written for
     * a single one; empty when the output does not hold exactly one readable verdict.
     */
    public Optional<String> parse(String output) {
        Matcher matcher = Pattern.compile(verdictPattern).matcher(output);
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find()) {
            found.add(matcher.group("verdict").trim());
        }
        if (found.size() != 1) {
            return Optional.empty();
        }
        String captured = found.iterator().next();
        return kind == TemplateKind.PAIRWISE ? Optional.ofNullable(verdicts.get(captured)) : rating(captured);
    }

    private Optional<String> rating(String captured) {
        try {
            double value = Double.parseDouble(captured);
            return scale.orElseThrow().contains(value) ? Optional.of(captured) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void checkPattern(String name, String pattern) {
        try {
            if (!pattern.contains("(?<verdict>")) {
                throw PlumblineException.invalidInput("template " + name + ": the verdict pattern needs a group (?<verdict>...), got "
                        + pattern);
            }
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw PlumblineException.invalidInput("template " + name + ": the verdict pattern is not a regular expression: "
                    + e.getDescription());
        }
    }

    private static void checkKind(String name, TemplateKind kind, Map<String, String> verdicts, Optional<RatingScale> scale,
            String userPrompt) {
        if (kind == TemplateKind.PAIRWISE) {
            if (verdicts.isEmpty() || !List.of("A", "B", "tie").containsAll(verdicts.values())) {
                throw PlumblineException.invalidInput("pairwise template " + name
                        + " must map its verdict captures to A, B or tie, got " + verdicts);
            }
            if (!userPrompt.contains("{answer_a") || !userPrompt.contains("{answer_b")) {
                throw PlumblineException.invalidInput("pairwise template " + name + " must show {answer_a} and {answer_b}");
            }
        } else if (scale.isEmpty()) {
            throw PlumblineException.invalidInput("single template " + name + " needs a rating scale");
        }
    }
}
