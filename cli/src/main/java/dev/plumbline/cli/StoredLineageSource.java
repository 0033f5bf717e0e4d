package dev.plumbline.cli;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import dev.plumbline.provenance.DerivedFact;
import dev.plumbline.provenance.DerivedFactJson;
import dev.plumbline.provenance.InMemoryLineageSource;
import dev.plumbline.provenance.LineageSource;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LineageSource} that reads the store one id at a time: records by their primary key, pairs
 * and datasets from the derived facts. A large tree (a dataset's) touches most of the project, so
 * after {@value #LOOKUPS_BEFORE_LOADING} lookups the project's records and facts are read once and
 * served from memory. Only {@link #labelsAbout} needs every label (a label's subject is in its body),
 * and reads them once. Not thread-safe; for one command.
 */
final class StoredLineageSource implements LineageSource {
    static final int LOOKUPS_BEFORE_LOADING = 500;
    private static final List<DerivedKind> LINEAGE_KINDS = List.of(DerivedKind.PAIR, DerivedKind.DATASET);
    private final Store store;
    private final ProjectId project;
    private Map<String, List<Label>> labelsBySubject;
    private int lookups;
    private InMemoryLineageSource loaded;

    StoredLineageSource(Store store, ProjectId project) {
        this.store = store;
        this.project = project;
    }

    /** Every stored pair and dataset as a derived fact, for audits that hold the records in memory anyway. */
    static List<DerivedFact> facts(Store store, ProjectId project) {
        List<DerivedFact> facts = new ArrayList<>();
        for (DerivedKind kind : LINEAGE_KINDS) {
            store.derived().list(project, kind).forEach(entry -> facts.add(DerivedFactJson.read(entry.id(), entry.body())));
        }
        return facts;
    }

    /** The whole project in memory once lookups one at a time have become the slower way. */
    private Optional<InMemoryLineageSource> loaded() {
        if (loaded == null && ++lookups > LOOKUPS_BEFORE_LOADING) {
            loaded = new InMemoryLineageSource(RecordsLoader.all(store, project), facts(store, project));
        }
        return Optional.ofNullable(loaded);
    }

    @Override
    public Optional<Interaction> interaction(String id) {
        return loaded().map(source -> source.interaction(id))
                .orElseGet(() -> store.records().find(project, Kind.INTERACTION, id).map(Interaction.class::cast));
    }

    @Override
    public Optional<Feedback> feedback(String id) {
        return loaded().map(source -> source.feedback(id))
                .orElseGet(() -> store.records().find(project, Kind.FEEDBACK, id).map(Feedback.class::cast));
    }

    @Override
    public Optional<Label> label(String id) {
        return loaded().map(source -> source.label(id))
                .orElseGet(() -> store.records().find(project, Kind.LABEL, id).map(Label.class::cast));
    }

    @Override
    public Optional<DerivedFact> derived(String id) {
        Optional<InMemoryLineageSource> memory = loaded();
        if (memory.isPresent()) {
            return memory.get().derived(id);
        }
        for (DerivedKind kind : LINEAGE_KINDS) {
            Optional<DerivedFact> fact = store.derived().find(project, kind, id)
                    .map(entry -> DerivedFactJson.read(entry.id(), entry.body()));
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Label> labelsAbout(String subjectId) {
        if (labelsBySubject == null) {
            labelsBySubject = new HashMap<>();
            RecordsLoader.labels(store, project).forEach(label -> subjectIds(label.subject())
                    .forEach(id -> labelsBySubject.computeIfAbsent(id, key -> new ArrayList<>()).add(label)));
            labelsBySubject.values().forEach(labels -> labels.sort(java.util.Comparator.comparing(Label::id)));
        }
        return List.copyOf(labelsBySubject.getOrDefault(subjectId, List.of()));
    }

    private static List<String> subjectIds(LabelSubject subject) {
        if (subject instanceof LabelSubject.Pair pair) {
            return List.of(pair.first(), pair.second());
        }
        return List.of(((LabelSubject.Item) subject).id());
    }
}
