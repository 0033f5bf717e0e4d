package dev.plumbline.privacy;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A project's own kind of personal data (customer numbers, internal host names): every match of
 * {@code pattern} becomes {@code <NAME_n>}. The name is upper-case and must not reuse a built-in type.
 */
public record CustomPattern(String name, Pattern pattern) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public CustomPattern {
        requireNonNull(name, "name is null");
        requireNonNull(pattern, "pattern is null");
        if (!NAME.matcher(name).matches()) {
            throw PlumblineException.invalidInput("custom pattern name '" + name
                    + "' is invalid: use 1-32 upper-case letters, digits or '_', starting with a letter");
        }
        if (PiiType.fromName(name).isPresent()) {
            throw PlumblineException.invalidInput("custom pattern name '" + name + "' is a built-in type: choose another");
        }
        if (pattern.matcher("").matches()) {
            throw PlumblineException.invalidInput("custom pattern " + name + " matches the empty string: it would match everywhere");
        }
    }

    /** Parses {@code NAME=REGEX}, the form config files and the CLI use. */
    public static CustomPattern parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0) {
            throw PlumblineException.invalidInput("custom pattern '" + spec + "' must look like NAME=REGEX");
        }
        try {
            return new CustomPattern(spec.substring(0, equals).trim(), Pattern.compile(spec.substring(equals + 1)));
        } catch (PatternSyntaxException e) {
            throw PlumblineException.invalidInput("custom pattern '" + spec + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    /** {@code NAME=REGEX}, as {@link #parse} reads it. */
    public String spec() {
        return name + "=" + pattern.pattern();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomPattern that && name.equals(that.name) && spec().equals(that.spec());
    }

    @Override
    public int hashCode() {
        return spec().hashCode();
    }
}
