package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/** The numeric scale of a single-answer template: its name (stored as the label's scale) and inclusive bounds. */
public record RatingScale(String name, double min, double max) {
    public RatingScale {
        requireNonNull(name, "name is null");
        if (name.isBlank() || !(min < max)) {
            throw PlumblineException.invalidInput("a rating scale needs a name and min < max, got '" + name + "' "
                    + min + ".." + max);
        }
    }

    public boolean contains(double rating) {
        return rating >= min && rating <= max;
    }
}
