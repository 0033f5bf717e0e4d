package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** A project: the unit of data isolation. API keys belong to exactly one project. */
public record ProjectId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public static final ProjectId DEFAULT = new ProjectId("default");

    public ProjectId {
        requireNonNull(value, "value is null");
        if (!VALID.matcher(value).matches()) {
            throw PlumblineException.invalidInput(
                    "project id '" + value + "' is invalid: use 1-63 lower-case letters, digits, '-' or '_'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
