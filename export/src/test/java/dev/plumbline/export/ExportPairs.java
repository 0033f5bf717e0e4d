package dev.plumbline.export;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Provenance;
import dev.plumbline.pairs.BuildConfig;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.DatasetBuilder;
import dev.plumbline.pairs.LabelOrigin;
import dev.plumbline.pairs.LabelSource;
import dev.plumbline.pairs.Lineage;
import dev.plumbline.pairs.Pair;
import dev.plumbline.pairs.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Datasets for export tests: pairs made by hand and run through the real dataset builder. */
final class ExportPairs {
    static final ModelRef MODEL = ModelRef.of("acme-assist", "2026-10-01", "llama-3");
    static final Lineage LINEAGE = new Lineage(Instant.parse("2026-11-02T00:00:00Z"), 120, 40, 0,
            Map.of("copied", 12L), Map.of("PreferChosenInChoice", "1"), "abc123", "dev");

    private ExportPairs() {
    }

    static Pair pair(String id, String user, List<Message> prompt, String chosen, String rejected, LabelOrigin origin) {
        LabelSource source = new LabelSource("f-" + id, origin, origin == LabelOrigin.AI ? ActorRole.JUDGE : ActorRole.USER,
                Optional.of(user), Optional.empty());
        return new Pair(id, prompt, new Side(id + "-c", chosen, Optional.of(MODEL)),
                new Side(id + "-r", rejected, Optional.of(MODEL)), false, 0.9, "s-" + id, Optional.of(user),
                List.of(source), new Provenance(List.of(id + "-c", id + "-r"), "PreferChosenInChoice", "1", "abc123", "dev"));
    }

    static Dataset dataset(List<Pair> pairs) {
        return new DatasetBuilder(BuildConfig.DEFAULTS).build(pairs, List.of(), LINEAGE);
    }

    /** Forty pairs from twenty users, each user asking two distinct questions. */
    static Dataset typical() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pairs.add(pair(String.format("p-%02d", i), "u-" + (i % 20), List.of(Message.user("Question number " + i + "?")),
                    "A careful, correct answer number " + i + ".", "Wrong " + i, LabelOrigin.HUMAN));
        }
        return dataset(pairs);
    }
}
