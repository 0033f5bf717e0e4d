package dev.plumbline.provenance;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import java.util.List;
import java.util.Optional;

/**
 * The port lineage resolution reads through: lookups by id of the v1 records and of derived facts,
 * and the labels about a subject. A store adapter implements it; {@link InMemoryLineageSource}
 * serves records held in memory.
 */
public interface LineageSource {
    Optional<Interaction> interaction(String id);

    Optional<Feedback> feedback(String id);

    Optional<Label> label(String id);

    Optional<DerivedFact> derived(String id);

    /** Labels whose subject is the id (an item) or contains it (a pair), in id order. */
    List<Label> labelsAbout(String subjectId);
}
