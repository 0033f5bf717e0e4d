package dev.plumbline.server;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.report.LoopHealthInputs;
import java.util.List;

/**
 * What {@code GET /v1/report} adds to a project's stored records, as the host that started the
 * server computes it. The server alone gives {@link ReportInputs#stored}; the CLI's {@code serve}
 * and {@code demo --serve} give what {@code plumbline report} gives without arguments (stored probe
 * results and overlap against the registered eval sets of the data directory too). Must be
 * thread-safe: requests call it concurrently.
 */
@FunctionalInterface
public interface ReportInputsSource {
    LoopHealthInputs inputs(ProjectId project, List<Record> records);
}
