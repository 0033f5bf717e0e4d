package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.signals.CoverageAudit;
import dev.plumbline.signals.CoverageReport;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
    @TempDir
    Path data;

    @Test
    void theCoverageAuditStreamedFromTheStoreEqualsTheAuditOfTheSameRecordsInMemory() {
        List<Record> records = new SampleTraffic(11).sessions(400);
        try (Store store = DuckDbStore.open(data)) {
            store.records().append(ProjectId.DEFAULT, records);

            CoverageReport streamed = LoopCommands.Coverage.streamed(store, ProjectId.DEFAULT, 7);

            assertThat(streamed.interactions()).isPositive();
            assertThat(streamed.rated()).isPositive();
            assertThat(streamed).isEqualTo(CoverageAudit.audit(records, 7));
        }
    }
}
