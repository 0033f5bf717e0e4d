package dev.plumbline.cli;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.provenance.ContaminationAudit;
import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.EvalItemFiles;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.provenance.InMemoryLineageSource;
import dev.plumbline.provenance.ItemSet;
import dev.plumbline.provenance.Lineage;
import dev.plumbline.provenance.LineageNode;
import dev.plumbline.provenance.MiniLmEmbedder;
import dev.plumbline.provenance.OverlapAudit;
import dev.plumbline.provenance.OverlapReport;
import dev.plumbline.provenance.ProvenanceJson;
import dev.plumbline.provenance.ProvenanceText;
import dev.plumbline.provenance.SemanticOverlap;
import dev.plumbline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lineage, eval sets, the contamination audit and the train/eval overlap audit. */
final class ProvenanceCommands {
    private ProvenanceCommands() {
    }

    @Command(name = "lineage", mixinStandardHelpOptions = true,
            description = "Where a record came from: sources, the models that wrote each text, who labelled it, saw_draft, transitive influence.")
    static final class LineageCommand implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                LineageNode node = new Lineage(new StoredLineageSource(store, storeOptions.project())).resolve(id);
                System.out.println(json ? ProvenanceJson.lineage(node) : ProvenanceText.lineage(node));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, description = "Register and list eval sets (immutable, versioned).",
            subcommands = {Register.class, ListSets.class})
    static final class EvalCommand {
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register a file (JSONL id+text/prompt, MT-Bench question.jsonl, self-instruct tasks) as an eval set.")
    static final class Register implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            EvalSet set = new EvalSets(storeOptions.data).register(name, EvalItemFiles.read(file));
            System.out.printf("eval set %s v%d: %d items, content hash %s%n", set.name(), set.version(), set.evalItems().size(),
                    set.contentHash());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List registered eval sets.")
    static final class ListSets implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            EvalSets sets = new EvalSets(storeOptions.data);
            for (String name : sets.names()) {
                sets.latest(name).ifPresent(s -> System.out.printf("%s v%d  %d items  %s%n", s.name(), s.version(),
                        s.evalItems().size(), s.contentHash()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "contamination", mixinStandardHelpOptions = true,
            description = "Share of an eval set's gold labels produced, filtered, drafted or anchored by the evaluated model family.")
    static final class Contamination implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--eval", required = true, description = "A registered eval set or an eval file.")
        String eval;

        @Option(names = "--family", required = true, description = "The model family being evaluated.")
        String family;

        @Option(names = "--threshold", defaultValue = "0", description = "Largest acceptable share (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            ContaminationReport report;
            try (Store store = storeOptions.open()) {
                EvalSet set = evalSet(storeOptions, eval);
                List<Record> records = RecordsLoader.all(store, storeOptions.project());
                report = new ContaminationAudit(new InMemoryLineageSource(records,
                        StoredLineageSource.facts(store, storeOptions.project()))).run(set, family, threshold);
            }
            System.out.println(json ? ProvenanceJson.contamination(report) : ProvenanceText.contamination(report));
            return report.failed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
        }
    }

    @Command(name = "overlap", mixinStandardHelpOptions = true,
            description = "Train/eval overlap: exact, 13-gram, MinHash-LSH near duplicates, optional semantic (MiniLM) matches.")
    static final class Overlap implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--train", required = true, description = "A file, a registered eval set, or 'interactions' (the stored prompts).")
        String train;

        @Option(names = "--eval", required = true, description = "A registered eval set or a file.")
        String eval;

        @Option(names = "--semantic", description = "Also find paraphrases with an in-process MiniLM embedding model.")
        boolean semantic;

        @Option(names = "--cosine", defaultValue = "0.9", description = "Cosine threshold of --semantic (default: ${DEFAULT-VALUE}).")
        double cosine;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            OverlapAudit audit = OverlapAudit.lexical();
            if (semantic) {
                audit = audit.withSemantic(new SemanticOverlap(new MiniLmEmbedder(), cosine));
            }
            OverlapReport report;
            try (Store store = storeOptions.open()) {
                report = audit.run(itemSet(store, train), itemSet(store, eval));
            }
            System.out.println(json ? ProvenanceJson.overlap(report) : ProvenanceText.overlap(report));
            return report.flaggedTrainIds().isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
        }

        private ItemSet itemSet(Store store, String argument) {
            if (argument.equals("interactions")) {
                List<Interaction> interactions = RecordsLoader.all(store, storeOptions.project()).stream()
                        .filter(Interaction.class::isInstance).map(Interaction.class::cast).toList();
                return EvalItemFiles.prompts("interactions", interactions);
            }
            if (Files.isRegularFile(Path.of(argument))) {
                return EvalItemFiles.itemSet(Path.of(argument));
            }
            return evalSet(storeOptions, argument);
        }
    }

    static EvalSet evalSet(StoreOptions storeOptions, String argument) {
        if (Files.isRegularFile(Path.of(argument))) {
            return EvalSet.of(Path.of(argument).getFileName().toString(), 1, EvalItemFiles.read(Path.of(argument)));
        }
        return new EvalSets(storeOptions.data).latest(argument).orElseThrow(() -> PlumblineException.notFound(
                "no eval set or file named '" + argument + "' (register one with: plumbline eval register NAME FILE)"));
    }
}
