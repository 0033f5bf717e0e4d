package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One model release as the monitors see it: name, version and family as in traffic, the date it
 * shipped (or was first seen), and the teacher whose outputs or rankings trained it, if any.
 * {@link #key()} is {@code name@version}, the same string as {@link ModelRef#release()}.
 */
public record Release(String name, Optional<String> version, Optional<String> family, Optional<LocalDate> date,
        Optional<String> teacher) {
    public Release {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(family, "family is null");
        requireNonNull(date, "date is null");
        requireNonNull(teacher, "teacher is null");
        if (name.isBlank()) {
            throw PlumblineException.invalidInput("release name is blank; give the model name as sent in traffic");
        }
    }

    /** A declared release with a version, family and date and no teacher. */
    public static Release of(String name, String version, String family, LocalDate date) {
        return new Release(name, Optional.of(version), Optional.ofNullable(family), Optional.of(date),
                Optional.empty());
    }

    /** The release a model reference names, dated by when it was first seen. */
    public static Release seen(ModelRef model, LocalDate firstSeen) {
        return new Release(model.name(), model.version(), model.family(), Optional.of(firstSeen), Optional.empty());
    }

    public String key() {
        return version.map(v -> name + "@" + v).orElse(name);
    }

    public Release withTeacher(String newTeacher) {
        return new Release(name, version, family, date, Optional.of(newTeacher));
    }

    public Release withDate(LocalDate newDate) {
        return new Release(name, version, family, Optional.of(newDate), teacher);
    }
}
