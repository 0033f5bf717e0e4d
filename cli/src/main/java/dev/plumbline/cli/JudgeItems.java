package dev.plumbline.cli;

import dev.plumbline.judging.PairItem;
import dev.plumbline.judging.SingleItem;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.pairs.Pair;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code --items SET} into judge items: the mined pairs, the subjects of stored pairwise
 * labels, an explicit JSONL list of interaction-id pairs, or every interaction for single grading.
 * Pairs are listed with the smaller id first, so the listed order carries no information.
 */
final class JudgeItems {
    private JudgeItems() {
    }

    static List<PairItem> pairs(String set, List<Record> records, Store store, StoreOptions options) {
        Map<String, Interaction> interactions = JudgeCommand.interactions(records);
        Map<String, PairItem> items = new LinkedHashMap<>();
        switch (set) {
            case "pairs" -> LoopCommands.mine(store, options).pairs().stream().filter(p -> !p.tie())
                    .forEach(p -> put(items, fromMined(p)));
            case "labels" -> records.stream().filter(r -> r instanceof Label).map(r -> ((Label) r).subject())
                    .filter(s -> s instanceof LabelSubject.Pair).map(s -> (LabelSubject.Pair) s)
                    .forEach(s -> put(items, fromStore(s.first(), s.second(), interactions)));
            case "interactions" -> throw PlumblineException.invalidInput(
                    "--items interactions grades single answers; use a single template such as plumbline-single");
            default -> JudgeCommand.pairList(read(Path.of(set)))
                    .forEach(ids -> put(items, fromStore(ids[0], ids[1], interactions)));
        }
        if (items.isEmpty()) {
            throw PlumblineException.notFound("no pairs to judge in '" + set + "'");
        }
        return new ArrayList<>(items.values());
    }

    static List<SingleItem> singles(String set, List<Record> records) {
        if (!set.equals("interactions")) {
            throw PlumblineException.invalidInput("a single-answer template grades --items interactions, got '" + set + "'");
        }
        List<SingleItem> items = JudgeCommand.interactions(records).values().stream().map(SingleItem::of).toList();
        if (items.isEmpty()) {
            throw PlumblineException.notFound("the project has no interactions to grade");
        }
        return items;
    }

    /** Reference answers by normalised prompt, from a registered eval set; without one every item passes unchanged. */
    record References(Optional<Map<String, List<String>>> byPrompt) {
        static References of(String evalSet, Path data) {
            if (evalSet == null) {
                return new References(Optional.empty());
            }
            EvalSet set = new EvalSets(data).latest(evalSet)
                    .orElseThrow(() -> PlumblineException.notFound("no eval set '" + evalSet + "' is registered"));
            Map<String, List<String>> byPrompt = new LinkedHashMap<>();
            set.evalItems().forEach(item -> byPrompt.putIfAbsent(normalise(item.text()), item.references()));
            return new References(Optional.of(byPrompt));
        }

        List<PairItem> pairs(List<PairItem> items) {
            return byPrompt.isEmpty() ? items : nonEmpty(items.stream().filter(i -> lookup(i.prompt()) != null)
                    .map(i -> i.withReferences(lookup(i.prompt()))).toList());
        }

        List<SingleItem> singles(List<SingleItem> items) {
            return byPrompt.isEmpty() ? items : nonEmpty(items.stream().filter(i -> lookup(i.prompt()) != null)
                    .map(i -> new SingleItem(i.id(), i.prompt(), i.answer(), lookup(i.prompt()))).toList());
        }

        private List<String> lookup(List<Message> prompt) {
            return prompt.stream().filter(m -> m.role().equals("user")).findFirst()
                    .map(m -> byPrompt.orElseThrow().get(normalise(m.content()))).orElse(null);
        }

        private static <T> List<T> nonEmpty(List<T> items) {
            if (items.isEmpty()) {
                throw PlumblineException.notFound("no item to judge asks a question of the eval set");
            }
            return items;
        }

        private static String normalise(String text) {
            return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    private static void put(Map<String, PairItem> items, PairItem item) {
        items.putIfAbsent(item.firstId() + "|" + item.secondId(), item);
    }

    private static PairItem fromMined(Pair pair) {
        boolean chosenFirst = pair.chosen().recordId().compareTo(pair.rejected().recordId()) < 0;
        var first = chosenFirst ? pair.chosen() : pair.rejected();
        var second = chosenFirst ? pair.rejected() : pair.chosen();
        return new PairItem(first.recordId(), second.recordId(), pair.prompt(), first.text(), second.text(), List.of());
    }

    private static PairItem fromStore(String a, String b, Map<String, Interaction> interactions) {
        Interaction first = require(a.compareTo(b) < 0 ? a : b, interactions);
        Interaction second = require(a.compareTo(b) < 0 ? b : a, interactions);
        return PairItem.of(first, second);
    }

    private static Interaction require(String id, Map<String, Interaction> interactions) {
        Interaction found = interactions.get(id);
        if (found == null) {
            throw PlumblineException.notFound("interaction '" + id + "' is not in the project; import it before judging it");
        }
        return found;
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw PlumblineException.invalidInput("--items must be pairs, labels, interactions or a JSONL file; '" + file
                    + "' is none of these");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
