package dev.plumbline.cli;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.monitors.Corpus;
import dev.plumbline.monitors.CorpusFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves a corpus named on the command line: a file (JSONL with {@code text}, or the self-instruct
 * prediction shape; {@code FILE#target} reads the human {@code target} field), or else a release
 * ({@code name@version}) whose completions are read from the store.
 */
final class CorpusArgument {
    private CorpusArgument() {
    }

    static Corpus resolve(String argument, Supplier<List<Record>> stored) {
        boolean target = argument.endsWith("#target");
        String path = target ? argument.substring(0, argument.length() - "#target".length()) : argument;
        if (Files.isRegularFile(Path.of(path))) {
            String name = Path.of(path).getFileName().toString() + (target ? "#target" : "");
            return target ? CorpusFiles.read(name, Path.of(path), CorpusFiles.Field.TARGET) : CorpusFiles.read(name, Path.of(path));
        }
        Corpus corpus = Corpus.ofRelease(argument, stored.get());
        if (corpus.size() == 0) {
            throw PlumblineException.invalidInput("'" + argument + "' is neither a corpus file nor a release with stored"
                    + " interactions (releases are name@version; see 'plumbline stats')");
        }
        return corpus;
    }
}
