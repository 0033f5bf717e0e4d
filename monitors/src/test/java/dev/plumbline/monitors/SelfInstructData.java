package dev.plumbline.monitors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The self-instruct human-eval files, read in place from the shared data folder. */
final class SelfInstructData {
    static final List<String> MODELS = List.of("davinci-self-instruct", "text-davinci-001", "text-davinci-003");

    private SelfInstructData() {
    }

    static Path folder() {
        String shared = System.getProperty("plumbline.shared.data", "../../shared/data");
        Path folder = Path.of(shared, "self_instruct", "human_eval");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("self-instruct data not found at " + folder.toAbsolutePath());
        }
        return folder;
    }

    static Corpus human() {
        return CorpusFiles.read("human", folder().resolve("user_oriented_instructions.jsonl"));
    }

    static Corpus model(String name) {
        return CorpusFiles.read(name, folder().resolve("predictions").resolve(name + "_predictions.jsonl"));
    }
}
