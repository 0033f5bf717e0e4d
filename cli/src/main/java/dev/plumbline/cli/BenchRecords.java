package dev.plumbline.cli;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Record;

/** Gives benchmark records unique ids per run and phase, so every sent record is a real insert. */
final class BenchRecords {
    private BenchRecords() {
    }

    static Record renamed(Record record, String prefix) {
        if (record instanceof Interaction i) {
            return new Interaction(prefix + i.id(), i.sessionId().map(s -> prefix + s), i.userId(), i.ts(), i.model(),
                    i.messages(), i.completion(), i.regenerates().map(r -> prefix + r), i.feedbackPropensity(), i.usage(),
                    i.meta());
        }
        Feedback f = (Feedback) record;
        return new Feedback(prefix + f.id(), prefix + f.interactionId(), f.ts(), f.type(), f.actor(), f.value(), f.scale(),
                f.text(), f.name(), f.reason(), f.chosen(), f.rejected(), f.meta());
    }
}
