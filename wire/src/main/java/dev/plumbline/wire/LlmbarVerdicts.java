package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.model.RecordProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code evaluators/<judge>/<strategy>/result.json}: the judge ran each pair in both orders
 * ({@code swap = False} showed output 1 first, {@code swap = True} output 2), and its {@code winner}
 * is already mapped back to the original output index. Like the authors' scripts, the last entry of
 * {@code results} holds the final verdicts.
 */
final class LlmbarVerdicts {
    private static final Map<String, String> FAMILIES = Map.of(
            "GPT-4", "gpt-4", "ChatGPT", "gpt-3.5", "ChatGPT-0301", "gpt-3.5",
            "LLaMA2", "llama-2", "PaLM2", "palm-2", "Falcon", "falcon");

    private LlmbarVerdicts() {
    }

    static void read(Path result, List<LlmbarItem> items, Instant ts, Consumer<Record> records,
            Consumer<RecordProblem> problems) throws IOException {
        String judge = result.getParent().getParent().getFileName().toString();
        String strategy = result.getParent().getFileName().toString();
        Actor actor = Actor.judge(judge, family(judge));
        JsonNode rows = JsonScalars.array(result);
        String where = judge + "/" + strategy + "/result.json";
        if (rows.size() != items.size()) {
            problems.accept(new RecordProblem(0, "$", where + " has " + rows.size() + " items but the dataset has "
                    + items.size() + ": verdicts are matched by position, so they must be equal"));
        }
        for (int i = 0; i < Math.min(rows.size(), items.size()); i++) {
            LlmbarItem item = items.get(i);
            if (item != null && matches(rows.get(i), item, i, where, problems)) {
                JsonNode last = rows.get(i).path("results").path(rows.get(i).path("results").size() - 1);
                records.accept(label(item, actor, strategy, false, last.path("swap = False"), ts));
                records.accept(label(item, actor, strategy, true, last.path("swap = True"), ts));
            }
        }
    }

    static String family(String judge) {
        return FAMILIES.getOrDefault(judge, judge.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(JsonNode row, LlmbarItem item, int index, String where, Consumer<RecordProblem> problems) {
        boolean same = JsonScalars.text(row, "input").equals(Optional.of(item.input()))
                && JsonScalars.text(row, "output_1").equals(Optional.of(item.firstOutput()))
                && JsonScalars.text(row, "output_2").equals(Optional.of(item.secondOutput()));
        if (!same) {
            problems.accept(new RecordProblem(index, "$[" + index + "]", where + ": item does not match dataset item " + index));
        }
        if (!row.path("results").isArray() || row.path("results").isEmpty()) {
            problems.accept(new RecordProblem(index, "$[" + index + "].results", where + ": a non-empty results array is required"));
            return false;
        }
        return same;
    }

    private static Label label(LlmbarItem item, Actor actor, String strategy, boolean swapped, JsonNode verdict, Instant ts) {
        String id = item.itemId() + ":" + actor.id().orElseThrow() + ":" + strategy + ":" + (swapped ? "swapped" : "original");
        String raw = JsonScalars.text(verdict.path("completion").path(0)).orElse("");
        Optional<String> value = JsonScalars.text(verdict, "winner").flatMap(LlmbarItem::winner);
        Label label = value.isPresent()
                ? withRaw(Label.pairwise(id, item.firstId(), item.secondId(), value.get(), actor, ts), raw)
                : Label.unparsedPairwise(id, item.firstId(), item.secondId(), raw, actor, ts);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source", "llmbar");
        meta.put("set", item.set());
        meta.put("strategy", strategy);
        JsonScalars.text(verdict.path("completion").path(1)).filter(s -> !s.isEmpty()).ifPresent(s -> meta.put("finish_reason", s));
        List<String> order = swapped ? List.of(item.secondId(), item.firstId()) : List.of(item.firstId(), item.secondId());
        return label.withOrder(order).withGuideline(strategy).withMeta(meta);
    }

    /** The v1 format has no empty raw: an empty output is recorded as none. */
    static Label withRaw(Label label, String raw) {
        return raw.isEmpty() ? label : label.withRaw(raw);
    }
}
