package dev.plumbline.cli;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.provenance.EvalItemFiles;
import dev.plumbline.provenance.EvalSet;
import dev.plumbline.provenance.OverlapAudit;
import dev.plumbline.report.LoopHealthInputs;
import dev.plumbline.server.ReportInputs;
import dev.plumbline.server.ReportInputsSource;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What {@code plumbline report} adds to the records without arguments, computed from the store and
 * the data directory: the queues' throughput and the last report snapshot ({@link ReportInputs}),
 * the stored probe results per release, and train/eval overlap against every registered eval set.
 * {@code serve} and {@code demo --serve} give the dashboard the same, so it shows what the report shows.
 */
final class StoredReportInputs {
    private StoredReportInputs() {
    }

    static LoopHealthInputs of(Store store, ProjectId project, List<Record> records, Path data) {
        LoopHealthInputs inputs = ReportInputs.stored(store, project, Instant.now())
                .withReleaseMetrics(ProbeResults.metrics(store.derived().list(project, DerivedKind.PROBE_RUN)));
        List<Interaction> interactions = records.stream().filter(Interaction.class::isInstance).map(Interaction.class::cast).toList();
        if (interactions.isEmpty()) {
            return inputs;
        }
        EvalSets sets = new EvalSets(data);
        for (String name : sets.names()) {
            EvalSet set = sets.latest(name).orElseThrow();
            inputs = inputs.withOverlap(OverlapAudit.lexical().run(EvalItemFiles.prompts("interactions", interactions), set));
        }
        return inputs;
    }

    /** The same inputs for every request of a server on this store and data directory. */
    static ReportInputsSource source(Store store, Path data) {
        return (project, records) -> of(store, project, records, data);
    }
}
