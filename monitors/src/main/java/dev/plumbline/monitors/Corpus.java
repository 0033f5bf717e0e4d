package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import java.util.List;

/**
 * A named body of texts written by one source (a release, a teacher, humans). Texts are trimmed
 * and blank ones dropped, because leading white space is an artefact of how a completion was
 * logged, not of its style. Immutable.
 */
public record Corpus(String name, List<String> texts) {
    public Corpus {
        requireNonNull(name, "name is null");
        texts = requireNonNull(texts, "texts is null").stream()
                .map(text -> requireNonNull(text, "a text is null").strip())
                .filter(text -> !text.isEmpty())
                .toList();
        if (name.isBlank()) {
            throw PlumblineException.invalidInput("corpus name is blank");
        }
    }

    /** The completions of the stored interactions of one release ({@code name@version} or bare name). */
    public static Corpus ofRelease(String releaseKey, List<? extends Record> records) {
        List<String> completions = records.stream()
                .filter(Interaction.class::isInstance)
                .map(Interaction.class::cast)
                .filter(interaction -> interaction.model().release().equals(releaseKey))
                .map(Interaction::completion)
                .toList();
        return new Corpus(releaseKey, completions);
    }

    public int size() {
        return texts.size();
    }

    /** This corpus with at least {@code minimum} texts, or an invalid-input error that says so. */
    public Corpus requireAtLeast(int minimum) {
        if (texts.size() < minimum) {
            throw PlumblineException.invalidInput("corpus '" + name + "' has " + texts.size()
                    + " non-empty texts; the voice audit needs at least " + minimum);
        }
        return this;
    }
}
