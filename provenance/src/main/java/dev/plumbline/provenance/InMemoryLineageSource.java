package dev.plumbline.provenance;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link LineageSource} over records and derived facts held in memory. Immutable and thread-safe. */
public final class InMemoryLineageSource implements LineageSource {
    private final Map<String, Interaction> interactions = new HashMap<>();
    private final Map<String, Feedback> feedback = new HashMap<>();
    private final Map<String, Label> labels = new TreeMap<>();
    private final Map<String, DerivedFact> derived = new HashMap<>();
    private final Map<String, List<Label>> labelsBySubject = new HashMap<>();

    public InMemoryLineageSource(Collection<? extends Record> records, Collection<DerivedFact> facts) {
        for (Record record : records) {
            if (record instanceof Interaction interaction) {
                interactions.put(interaction.id(), interaction);
            } else if (record instanceof Feedback given) {
                feedback.put(given.id(), given);
            } else if (record instanceof Label label) {
                labels.put(label.id(), label);
            }
        }
        facts.forEach(fact -> derived.put(fact.id(), fact));
        labels.values().forEach(label -> subjectIds(label.subject())
                .forEach(id -> labelsBySubject.computeIfAbsent(id, key -> new ArrayList<>()).add(label)));
    }

    @Override
    public Optional<Interaction> interaction(String id) {
        return Optional.ofNullable(interactions.get(id));
    }

    @Override
    public Optional<Feedback> feedback(String id) {
        return Optional.ofNullable(feedback.get(id));
    }

    @Override
    public Optional<Label> label(String id) {
        return Optional.ofNullable(labels.get(id));
    }

    @Override
    public Optional<DerivedFact> derived(String id) {
        return Optional.ofNullable(derived.get(id));
    }

    @Override
    public List<Label> labelsAbout(String subjectId) {
        return List.copyOf(labelsBySubject.getOrDefault(subjectId, List.of()));
    }

    static List<String> subjectIds(LabelSubject subject) {
        if (subject instanceof LabelSubject.Pair pair) {
            return List.of(pair.first(), pair.second());
        }
        return List.of(((LabelSubject.Item) subject).id());
    }
}
