package dev.plumbline.simulate;

import dev.plumbline.model.PlumblineException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes a simulation to files: the records as JSONL in wire format v1 (one record per line, in the
 * simulator's order) and the ground truth as {@code ground-truth.json} in the same folder. The same
 * config gives the same bytes. Uses one extra thread per write for encoding. Not thread-safe.
 */
public final class SimulationWriter {
    public static final String GROUND_TRUTH_FILE = "ground-truth.json";

    /** Writes {@code jsonl} and {@link #groundTruthPath(Path) ground-truth.json} beside it; returns the truth. */
    public GroundTruth write(SimulationConfig config, Path jsonl) {
        return write(config, jsonl, groundTruthPath(jsonl));
    }

    public GroundTruth write(SimulationConfig config, Path jsonl, Path groundTruth) {
        return write(config, jsonl, groundTruth, pair -> { });
    }

    /** As {@link #write(SimulationConfig, Path, Path)}, handing {@code hidden} every side-by-side pair's true utilities. */
    public GroundTruth write(SimulationConfig config, Path jsonl, Path groundTruth, Consumer<HiddenPair> hidden) {
        try {
            createParent(jsonl);
            GroundTruth truth;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(jsonl),
                    StandardCharsets.UTF_8), 1 << 20)) {
                truth = writeRecords(config, out, hidden);
            }
            createParent(groundTruth);
            Files.writeString(groundTruth, new GroundTruthJson().toJson(truth), StandardCharsets.UTF_8);
            return truth;
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot write the simulation to " + jsonl + ": " + e.getMessage(), e);
        }
    }

    /**
     * Streams the records as JSONL lines to {@code out} (flushed, left open); returns the truth.
     * Encoding runs on a second thread, overlapping generation.
     */
    public GroundTruth writeRecords(SimulationConfig config, Writer out) {
        return writeRecords(config, out, pair -> { });
    }

    private GroundTruth writeRecords(SimulationConfig config, Writer out, Consumer<HiddenPair> hidden) {
        GroundTruth truth;
        try (PipelinedLines lines = new PipelinedLines(out)) {
            truth = Simulator.run(config, lines, hidden);
        }
        return truth;
    }

    /** The ground truth as the JSON that {@link #write} puts in {@code ground-truth.json}. */
    public static String groundTruthJson(GroundTruth truth) {
        return new GroundTruthJson().toJson(truth);
    }

    public static Path groundTruthPath(Path jsonl) {
        Path parent = jsonl.toAbsolutePath().getParent();
        return parent.resolve(GROUND_TRUTH_FILE);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
