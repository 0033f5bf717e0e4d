package dev.plumbline.wire;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of foreign formats the importer knows, and detection among them. */
public final class ForeignFormats {
    private static final List<ForeignFormat> ALL = List.of(new PandaLmFormat(), new LlmbarFormat(), new HhRlhfFormat());

    private ForeignFormats() {
    }

    public static List<ForeignFormat> all() {
        return ALL;
    }

    public static ForeignFormat named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                PlumblineException.invalidInput("unknown --format '" + name + "': known formats are v1, "
                        + ALL.stream().map(ForeignFormat::name).collect(Collectors.joining(", "))));
    }

    /** The one foreign format that recognises the input, if exactly one does. */
    public static Optional<ForeignFormat> detect(Path input) throws IOException {
        List<ForeignFormat> matches = new ArrayList<>();
        for (ForeignFormat format : ALL) {
            if (format.detects(input)) {
                matches.add(format);
            }
        }
        if (matches.size() > 1) {
            throw PlumblineException.invalidInput(input + " looks like several formats ("
                    + matches.stream().map(ForeignFormat::name).collect(Collectors.joining(", ")) + "): pass --format");
        }
        return matches.stream().findFirst();
    }
}
