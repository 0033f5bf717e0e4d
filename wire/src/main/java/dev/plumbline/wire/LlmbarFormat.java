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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * LLMBar's meta-evaluation sets: a {@code dataset.json} of pairs with a gold label 1 or 2, and
 * {@code evaluators/<judge>/<strategy>/result.json} with each judge's verdict in both presentation
 * orders. The input is one set directory or any directory above several (such as {@code Dataset}).
 * Per item {@code i} of set {@code S}: interactions {@code llmbar:S:i:a} and {@code llmbar:S:i:b},
 * the gold label {@code llmbar:S:i:gold} (meta {@code gold=true}) and per judge and order a label
 * {@code llmbar:S:i:JUDGE:STRATEGY:original|swapped} with the order shown.
 */
public final class LlmbarFormat implements ForeignFormat {
    static final String DATASET = "dataset.json";
    // the repository commit date: imported records carry no time of their own
    private static final Instant SOURCE_TIME = Instant.parse("2024-07-08T00:00:00Z");
    private static final int MAX_DEPTH = 4;

    @Override
    public String name() {
        return "llmbar";
    }

    @Override
    public String description() {
        return "LLMBar sets (dataset.json + evaluators/<judge>/<strategy>/result.json), verdicts in both orders";
    }

    @Override
    public boolean detects(Path input) {
        return Files.isRegularFile(input.resolve(DATASET)) && Files.isDirectory(input.resolve("evaluators"));
    }

    @Override
    public void read(Path input, Consumer<Record> records, Consumer<RecordProblem> problems) throws IOException {
        List<Path> sets = sets(input);
        if (sets.isEmpty()) {
            throw PlumblineException.invalidInput(
                    input + " holds no LLMBar set: expected a " + DATASET + " in it or in a directory below it");
        }
        for (Path set : sets) {
            readSet(set, setName(set), records, problems);
        }
    }

    /** The set's name in ids: its path below {@code Dataset/} without the {@code LLMBar/} prefix, else its folder name. */
    static String setName(Path set) {
        Path absolute = set.toAbsolutePath().normalize();
        for (Path p = absolute; p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getParent().getFileName() != null && p.getParent().getFileName().toString().equals("Dataset")) {
                String relative = p.getParent().relativize(absolute).toString().replace('\\', '/');
                return relative.startsWith("LLMBar/") ? relative.substring("LLMBar/".length()) : relative;
            }
        }
        return absolute.getFileName().toString();
    }

    private static List<Path> sets(Path input) throws IOException {
        if (Files.isRegularFile(input.resolve(DATASET))) {
            return List.of(input);
        }
        try (Stream<Path> files = Files.walk(input, MAX_DEPTH)) {
            return files.filter(p -> p.getFileName().toString().equals(DATASET))
                    .filter(p -> !underEvaluators(input.relativize(p)))
                    .map(Path::getParent).sorted().toList();
        }
    }

    private static boolean underEvaluators(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("evaluators")) {
                return true;
            }
        }
        return false;
    }

    private void readSet(Path set, String name, Consumer<Record> records, Consumer<RecordProblem> problems)
            throws IOException {
        JsonNode items = JsonScalars.array(set.resolve(DATASET));
        List<LlmbarItem> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LlmbarItem item = LlmbarItem.parse(name, items.get(i), i, problems);
            parsed.add(item);
            if (item != null) {
                records.accept(interaction(item.firstId(), item, item.firstOutput()));
                records.accept(interaction(item.secondId(), item, item.secondOutput()));
                records.accept(gold(item));
            }
        }
        for (Path result : results(set)) {
            LlmbarVerdicts.read(result, parsed, SOURCE_TIME, records, problems);
        }
    }

    private static List<Path> results(Path set) throws IOException {
        Path evaluators = set.resolve("evaluators");
        if (!Files.isDirectory(evaluators)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(evaluators, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("result.json")).sorted().toList();
        }
    }

    private static Interaction interaction(String id, LlmbarItem item, String output) {
        // the sets do not say which model wrote each output
        return new Interaction(id, Optional.of(item.itemId()), Optional.empty(), SOURCE_TIME,
                new ModelRef("unknown", Optional.empty(), Optional.empty()), List.of(Message.user(item.input())),
                output, Optional.empty(), Optional.empty(), Optional.empty(), Map.of("source", "llmbar", "set", item.set()));
    }

    private static Label gold(LlmbarItem item) {
        return Label.pairwise(item.itemId() + ":gold", item.firstId(), item.secondId(), item.gold(),
                Actor.of(ActorRole.ANNOTATOR, "llmbar:gold"), SOURCE_TIME)
                .withMeta(Map.of("source", "llmbar", "set", item.set(), "gold", "true"));
    }
}
