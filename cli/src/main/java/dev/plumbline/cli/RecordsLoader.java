package dev.plumbline.cli;

import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.store.Store;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Reads a project's records for the audits that need them all in memory. */
final class RecordsLoader {
    private RecordsLoader() {
    }

    static List<Record> all(Store store, ProjectId project) {
        List<Record> records = new ArrayList<>();
        store.records().scan(project, EnumSet.allOf(Kind.class), records::add);
        return records;
    }

    static List<Label> labels(Store store, ProjectId project) {
        List<Label> labels = new ArrayList<>();
        store.records().scan(project, EnumSet.of(Kind.LABEL), r -> labels.add((Label) r));
        return labels;
    }
}
