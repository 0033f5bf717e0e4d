package dev.plumbline.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Paths into the shared real data, read in place, and the self-instruct predictions as interactions. */
final class SharedData {
    private SharedData() {
    }

    static Path root() {
        return Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"));
    }

    static Path mtBench() {
        return root().resolve("mt_bench/fastchat/llm_judge/data/mt_bench/question.jsonl");
    }

    static Path vicunaBench() {
        return root().resolve("mt_bench/fastchat/llm_judge/data/vicuna_bench/question.jsonl");
    }

    static Path userOrientedTasks() {
        return root().resolve("self_instruct/human_eval/user_oriented_instructions.jsonl");
    }

    static final List<String> PREDICTION_MODELS =
            List.of("davinci-self-instruct", "text-davinci-001", "text-davinci-003");

    /** Each line of each prediction file as a production interaction: the prompt sent, the response returned. */
    static List<Interaction> predictionInteractions() {
        ObjectMapper json = new ObjectMapper();
        List<Interaction> interactions = new ArrayList<>();
        for (String model : PREDICTION_MODELS) {
            Path file = root().resolve("self_instruct/human_eval/predictions/" + model + "_predictions.jsonl");
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                JsonNode node = read(json, lines.get(i));
                interactions.add(new Interaction(model + "/" + i, Optional.empty(), Optional.empty(),
                        Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), ModelRef.of(model, null, "gpt-3"),
                        List.of(Message.user(node.get("prompt").asText())), node.get("response").asText(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
            }
        }
        return interactions;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
