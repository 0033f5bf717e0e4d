package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.ingest.Importer;
import dev.plumbline.ingest.IngestService;
import dev.plumbline.ingest.Policy;
import dev.plumbline.judging.JudgeProfile;
import dev.plumbline.judging.JudgeRun;
import dev.plumbline.judging.JudgeRunConfig;
import dev.plumbline.judging.JudgeRunResult;
import dev.plumbline.judging.JudgeTemplate;
import dev.plumbline.judging.JudgeTemplates;
import dev.plumbline.judging.PresentationOrders;
import dev.plumbline.judging.TemplateKind;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline judge --items SET}: runs a judge model over stored items and writes every verdict
 * as a v1 label through the ingest path; {@code plumbline judge templates} lists and imports templates.
 */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Run an LLM judge (pairwise in both orders, or single-answer grading) and store its verdicts as labels.",
        subcommands = {JudgeCommand.Templates.class})
final class JudgeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ModelOptions model;

    @Option(names = "--judge", description = "A named judge (see 'plumbline judges add'); instead of --model and --base-url.")
    String judgeName;

    @Option(names = "--items", description = "pairs (mined from the store), labels (subjects of stored pairwise labels), "
            + "interactions (grade each stored interaction; single templates) or a JSONL file of {\"a\": id, \"b\": id}.")
    String items;

    @Option(names = "--template", description = "Template name or name@version (default: plumbline-pairwise, "
            + "or plumbline-single for --items interactions).")
    String template;

    @Option(names = "--orders", defaultValue = "both", description = "both or one presentation order (default: ${DEFAULT-VALUE}).")
    String orders;

    @Option(names = "--round", description = "Round the labels belong to (for drift across rounds).")
    String round;

    @Option(names = "--eval-set", description = "A registered eval set: judge only the items whose question is one of its "
            + "prompts, with its reference answers as {reference} (for the reference-guided templates).")
    String evalSet;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (items == null || items.isBlank()) {
            throw PlumblineException.invalidInput("name what to judge: --items pairs|labels|interactions|FILE.jsonl "
                    + "(or 'plumbline judge templates' to list templates)");
        }
        Optional<JudgeProfile> profile = profile();
        JudgeTemplate chosen = TemplateFiles.catalog(storeOptions.data).require(template != null ? template
                : profile.isPresent() ? profile.get().template()
                : items.equals("interactions") ? JudgeTemplates.DEFAULT_SINGLE : JudgeTemplates.DEFAULT_PAIRWISE);
        JudgeRunConfig config = profile.map(p -> p.runConfig(chosen)).orElse(JudgeRunConfig.of(chosen))
                .withOrders(PresentationOrders.fromWire(orders));
        config = round == null ? config : config.withRound(round);
        OpenAiChatClient client = OpenAiChatClient.create(profile.map(JudgeProfile::model).orElseGet(() -> model.config(model.model)));
        try (Store store = storeOptions.open()) {
            List<Record> records = RecordsLoader.all(store, storeOptions.project());
            JudgeItems.References references = JudgeItems.References.of(evalSet, storeOptions.data);
            JudgeRunResult result = chosen.kind() == TemplateKind.PAIRWISE
                    ? JudgeRun.pairwise(client, references.pairs(JudgeItems.pairs(items, records, store, storeOptions)), config,
                            Clock.systemUTC())
                    : JudgeRun.single(client, references.singles(JudgeItems.singles(items, records)), config, Clock.systemUTC());
            Importer.Summary stored = store(store, profile.map(p -> named(result.labels(), p)).orElse(result.labels()));
            print(chosen, result, stored);
            return result.labels().isEmpty() && !result.failures().isEmpty() ? ExitCodes.UNAVAILABLE : ExitCodes.OK;
        }
    }

    private Optional<JudgeProfile> profile() {
        if (judgeName == null) {
            return Optional.empty();
        }
        if (model.model != null) {
            throw PlumblineException.invalidInput("name the judge either by --judge NAME or inline by --model NAME, not both");
        }
        return Optional.of(JudgeProfiles.require(storeOptions.data, judgeName));
    }

    /** The labels with the judge's configured name in their meta, so its provenance names the configuration too. */
    private static List<Label> named(List<Label> labels, JudgeProfile profile) {
        return labels.stream().map(label -> {
            Map<String, String> meta = new TreeMap<>(label.meta());
            meta.put("judge_config", profile.name());
            return label.withMeta(meta);
        }).toList();
    }

    private Importer.Summary store(Store store, List<Label> labels) {
        try (IngestService ingest = IngestService.withDefaults(store.records())) {
            Importer importer = new Importer(ingest, storeOptions.project(), Policy.ATOMIC, 1000);
            for (int i = 0; i < labels.size(); i++) {
                importer.accept(labels.get(i), i);
            }
            return importer.finish();
        }
    }

    private void print(JudgeTemplate chosen, JudgeRunResult result, Importer.Summary stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("judge", judgeName != null ? judgeName : model.model);
        out.put("template", chosen.id());
        out.put("labels", result.labels().size());
        out.put("unparsed", result.unparsed());
        out.put("pairs", result.pairs().size());
        out.put("inconsistent_pairs", result.inconsistentPairs());
        out.put("failures", result.failures().size());
        out.put("stored", stored.accepted());
        out.put("duplicates", stored.duplicates());
        out.put("usage", result.usage());
        if (json) {
            System.out.println(ReportJsonWriter.write(out));
        } else {
            System.out.println(out.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        result.failures().forEach(f -> System.err.println("failed: " + f.subject() + " shown " + f.order() + ": " + f.message()));
    }

    @Command(name = "templates", mixinStandardHelpOptions = true,
            description = "List the judge templates (the defaults and those imported), or import a file of them.")
    static final class Templates implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--import", description = "A template file: the project's JSON shape or MT-Bench judge_prompts.jsonl.")
        Path file;

        @Override
        public Integer call() {
            if (file != null) {
                List<JudgeTemplate> imported = TemplateFiles.importFile(storeOptions.data, file);
                System.out.println("imported " + imported.size() + " templates: "
                        + imported.stream().map(JudgeTemplate::id).toList());
                return ExitCodes.OK;
            }
            for (JudgeTemplate each : TemplateFiles.catalog(storeOptions.data).all()) {
                System.out.println(each.id() + "  " + each.kind().wireName() + "  " + each.source() + "  " + each.placeholders());
            }
            return ExitCodes.OK;
        }
    }

    /** Reads the JSONL pair list; kept here as the only Jackson use of the command. */
    static List<String[]> pairList(String text) {
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> pairs = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(lines[i]);
                if (!node.path("a").isTextual() || !node.path("b").isTextual()) {
                    throw PlumblineException.invalidInput("line " + (i + 1) + " needs {\"a\": id, \"b\": id}, got " + lines[i]);
                }
                pairs.add(new String[] {node.get("a").asText(), node.get("b").asText()});
            } catch (JsonProcessingException e) {
                throw PlumblineException.invalidInput("line " + (i + 1) + " is not JSON: " + e.getOriginalMessage());
            }
        }
        return pairs;
    }

    static Map<String, Interaction> interactions(List<Record> records) {
        Map<String, Interaction> byId = new TreeMap<>();
        records.stream().filter(r -> r instanceof Interaction).forEach(r -> byId.put(r.id(), (Interaction) r));
        return byId;
    }
}
