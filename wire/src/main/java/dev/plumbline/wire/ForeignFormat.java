package dev.plumbline.wire;

import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A foreign input shape (HH-RLHF transcripts, PandaLM or LLMBar verdict files, ...) that {@code
 * plumbline import --format NAME} turns into v1 records. Implementations are stateless; each is
 * registered in {@link ForeignFormats}.
 */
public interface ForeignFormat {
    /** The {@code --format} name, such as {@code hh-rlhf}. */
    String name();

    /** A one-line description for {@code import --help}. */
    String description();

    /**
     * Whether the input (a file or a directory) is unambiguously of this shape, for detection when
     * no {@code --format} is given. Must be cheap: look at names and the first bytes only.
     */
    boolean detects(Path input) throws IOException;

    /**
     * Reads the input, handing each record to {@code records} in a deterministic order, and each
     * input element that could not be read to {@code problems} (with its index and field path).
     */
    void read(Path input, Consumer<Record> records, Consumer<RecordProblem> problems) throws IOException;
}
