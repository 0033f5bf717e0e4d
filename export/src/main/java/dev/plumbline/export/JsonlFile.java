package dev.plumbline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.pairs.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one split as JSON Lines: UTF-8, one row per line, "\n" line ends, fields in TRL order. */
final class JsonlFile {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonlFile() {
    }

    /** Writes the pairs' rows to {@code file}; returns the number of rows. */
    static int write(Path file, List<Pair> pairs, TrlRows rows) throws IOException {
        int count = 0;
        try (JsonGenerator json = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (Pair pair : pairs) {
                count += rows.write(json, pair);
            }
        }
        return count;
    }
}
