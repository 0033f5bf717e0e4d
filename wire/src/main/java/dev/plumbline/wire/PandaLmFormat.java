package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The PandaLM human-annotated test set ({@code testset-v1.json}: items with two responses and three
 * annotators' labels, 0 = tie, 1, 2) and, when present beside it, the GPT-3.5 and PandaLM-7B verdict
 * files. Each item becomes two interactions ({@code pandalm:IDX:1}, {@code pandalm:IDX:2}), one
 * label per annotator (actor {@code pandalm:annotatorN}) and one label per judge; a verdict that is
 * not 0/1/2/Tie (the {@code garbage} ones) becomes an unparsed label keeping the raw text. The
 * prompt is the instruction, then a blank line and the input when there is one; the generators are
 * the two halves of {@code cmp_key}; labels and ids may be strings or numbers, and a response that is
 * a JSON boolean is read as its text.
 */
public final class PandaLmFormat implements ForeignFormat {
    static final String TEST_SET = "testset-v1.json";
    // the repository commit date: imported records carry no time of their own
    private static final Instant SOURCE_TIME = Instant.parse("2024-05-21T00:00:00Z");
    private static final List<PandaLmJudge> JUDGES = List.of(
            new PandaLmJudge("gpt-3.5-turbo-testset-v1.json", "gpt_result", "gpt_reason", "gpt_reference",
                    Actor.judge("gpt-3.5-turbo", "gpt-3.5")),
            new PandaLmJudge("pandalm-7b-testset-v1.json", "pandalm_result", "pandalm_reason", "pandalm_reference",
                    Actor.judge("pandalm-7b", "llama")));

    @Override
    public String name() {
        return "pandalm";
    }

    @Override
    public String description() {
        return "PandaLM test set (testset-v1.json, 3 annotators) with GPT-3.5 and PandaLM-7B verdict files";
    }

    @Override
    public boolean detects(Path input) {
        return testSet(input).isPresent();
    }

    @Override
    public void read(Path input, Consumer<Record> records, Consumer<RecordProblem> problems) throws IOException {
        Path testSet = testSet(input).orElseThrow(() -> PlumblineException.invalidInput(
                input + " is not a PandaLM test set: expected " + TEST_SET + " (or data/" + TEST_SET + ") in it"));
        JsonNode items = JsonScalars.array(testSet);
        Map<String, Map<PandaLmJudge, JsonNode>> verdicts = verdicts(testSet.getParent(), problems);
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), i, verdicts, records, problems);
        }
    }

    private static Optional<Path> testSet(Path input) {
        for (Path candidate : List.of(input, input.resolve(TEST_SET), input.resolve("data").resolve(TEST_SET))) {
            if (Files.isRegularFile(candidate) && candidate.getFileName().toString().equals(TEST_SET)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Map<PandaLmJudge, JsonNode>> verdicts(Path directory, Consumer<RecordProblem> problems)
            throws IOException {
        Map<String, Map<PandaLmJudge, JsonNode>> byIdx = new HashMap<>();
        for (PandaLmJudge judge : JUDGES) {
            Path file = directory.resolve(judge.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode rows = JsonScalars.array(file);
            for (int i = 0; i < rows.size(); i++) {
                Optional<String> idx = JsonScalars.text(rows.get(i), "idx");
                if (idx.isEmpty()) {
                    problems.accept(new RecordProblem(i, "$[" + i + "].idx", judge.file() + ": idx is required"));
                    continue;
                }
                byIdx.computeIfAbsent(idx.get(), k -> new HashMap<>()).put(judge, rows.get(i));
            }
        }
        return byIdx;
    }

    private void item(JsonNode item, int index, Map<String, Map<PandaLmJudge, JsonNode>> verdicts,
            Consumer<Record> records, Consumer<RecordProblem> problems) {
        PandaLmItem parsed = PandaLmItem.parse(item, index, problems);
        if (parsed == null) {
            return;
        }
        String first = "pandalm:" + parsed.idx() + ":1";
        String second = "pandalm:" + parsed.idx() + ":2";
        records.accept(interaction(first, parsed, parsed.firstModel(), parsed.firstResponse()));
        records.accept(interaction(second, parsed, parsed.secondModel(), parsed.secondResponse()));
        for (int a = 0; a < parsed.annotatorLabels().size(); a++) {
            String annotator = "annotator" + (a + 1);
            Label label = Label.pairwise("pandalm:" + parsed.idx() + ":" + annotator, first, second,
                    parsed.annotatorLabels().get(a), Actor.of(ActorRole.ANNOTATOR, "pandalm:" + annotator), SOURCE_TIME);
            records.accept(label.withMeta(Map.of("source", "pandalm")));
        }
        Map<PandaLmJudge, JsonNode> itemVerdicts = verdicts.getOrDefault(parsed.idx(), Map.of());
        for (PandaLmJudge judge : JUDGES) {
            if (itemVerdicts.containsKey(judge)) {
                records.accept(judge.label(parsed.idx(), first, second, itemVerdicts.get(judge), SOURCE_TIME));
            }
        }
    }

    private static Interaction interaction(String id, PandaLmItem item, String model, String response) {
        String prompt = item.input().isBlank() ? item.instruction() : item.instruction() + "\n\n" + item.input();
        return new Interaction(id, Optional.of("pandalm:" + item.idx()), Optional.empty(), SOURCE_TIME,
                new ModelRef(model, Optional.empty(), Optional.of(family(model))), List.of(Message.user(prompt)),
                response, Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of("source", "pandalm", "motivation_app", item.motivationApp(), "cmp_key", item.cmpKey()));
    }

    /** The family of a PandaLM generator: its name without the size suffix ({@code llama-7b} is {@code llama}). */
    static String family(String model) {
        return model.toLowerCase(Locale.ROOT).replaceFirst("-[0-9.]+b$", "");
    }
}
