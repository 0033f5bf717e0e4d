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
 * {@code serve} and {@code demo --serve} give the dashboard the same except the overlap: eval sets
 * are registered for the whole data directory, not per project, so a project's API key must not
 * learn through its report which of its prompts another team's eval set holds.
 */
final class StoredReportInputs {
    private StoredReportInputs() {
    }

    static LoopHealthInputs of(Store store, ProjectId project, List<Record> records, Path data) {
        LoopHealthInputs inputs = withoutOverlap(store, project);
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

    private static LoopHealthInputs withoutOverlap(Store store, ProjectId project) {
        return ReportInputs.stored(store, project, Instant.now())
                .withReleaseMetrics(ProbeResults.metrics(store.derived().list(project, DerivedKind.PROBE_RUN)));
    }

    /** The inputs for every request of a server on this store: all of the report's but the overlap (see above). */
    static ReportInputsSource source(Store store) {
        return (project, records) -> withoutOverlap(store, project);
    }
}
