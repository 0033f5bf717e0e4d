package dev.plumbline.cli;

import dev.plumbline.judging.AgreementAudit;
import dev.plumbline.judging.AgreementAuditOptions;
import dev.plumbline.judging.AgreementReport;
import dev.plumbline.judging.JudgeAudit;
import dev.plumbline.judging.JudgeAuditOptions;
import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.judging.JudgeProfile;
import dev.plumbline.judging.Reference;
import dev.plumbline.judging.ReportJson;
import dev.plumbline.judging.ReportText;
import dev.plumbline.model.Label;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline audit ...}: the audits that tell where the loop lies. Exit code 1 when a gate fails. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit judges, agreement, coverage, contamination, overlap, voice, Goodhart.",
        subcommands = {AuditCommand.Judge.class, AuditCommand.Agreement.class, LoopCommands.Coverage.class, MonitorCommands.Voice.class,
            MonitorCommands.Goodhart.class, ProvenanceCommands.Contamination.class, ProvenanceCommands.Overlap.class, AuditPiiCommand.class})
final class AuditCommand {
    @Command(name = "judge", mixinStandardHelpOptions = true,
            description = "Judge vs humans (or gold): agreement, kappa, human ceiling, position, length and self-preference bias, rounds.")
    static final class Judge implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--judge", description = "A named judge (see 'plumbline judges') or a judge's actor id (default: every judge).")
        String judge;

        @Option(names = "--against", defaultValue = "human", split = ",",
                description = "human (annotators' majority), gold (labels with meta gold=true), or annotator ids (default: ${DEFAULT-VALUE}).")
        List<String> against;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            JudgeAuditOptions options = JudgeAuditOptions.DEFAULT;
            if (judge != null) {
                options = options.withJudge(JudgeProfiles.find(storeOptions.data, judge).map(JudgeProfile::actorId).orElse(judge));
            }
            options = reference(options);
            JudgeAuditReport report;
            try (Store store = storeOptions.open()) {
                report = JudgeAudit.audit(RecordsLoader.all(store, storeOptions.project()), options);
            }
            System.out.println(json ? ReportJson.render(report) : ReportText.render(report));
            return report.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
        }

        private JudgeAuditOptions reference(JudgeAuditOptions options) {
            if (against.size() == 1 && against.get(0).equals("human")) {
                return options.withReference(Reference.HUMAN, List.of());
            }
            if (against.size() == 1 && against.get(0).equals("gold")) {
                return options.withReference(Reference.GOLD, List.of());
            }
            if (against.contains("human") || against.contains("gold")) {
                throw PlumblineException.invalidInput("--against takes human, gold, or a list of annotator ids, not a mix");
            }
            return options.withReference(Reference.ANNOTATORS, against);
        }
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "Inter-annotator agreement (Cohen, Fleiss, Krippendorff) with intervals; majority and Dawid-Skene aggregation.")
    static final class Agreement implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--guideline", description = "Only labels given under this guideline version.")
        String guideline;

        @Option(names = "--queue", description = "Only labels given in this annotation queue.")
        String queue;

        @Option(names = "--include-assisted", description = "Count labels given with a draft in view (saw_draft) too;"
                + " left out by default, since annotators anchored on the same draft agree through it.")
        boolean includeAssisted;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Label> labels;
            try (Store store = storeOptions.open()) {
                labels = RecordsLoader.labels(store, storeOptions.project());
            }
            if (guideline != null) {
                labels = labels.stream().filter(l -> l.guideline().filter(guideline::equals).isPresent()).toList();
            }
            if (queue != null) {
                labels = labels.stream().filter(l -> queue.equals(l.meta().get("queue"))).toList();
            }
            AgreementReport report = AgreementAudit.audit(labels, AgreementAuditOptions.DEFAULT.withAssisted(includeAssisted));
            System.out.println(json ? ReportJson.render(report) : ReportText.render(report));
            return ExitCodes.OK;
        }
    }
}
