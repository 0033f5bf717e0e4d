package dev.plumbline.pairs;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Message;
import dev.plumbline.model.Provenance;
import java.util.List;
import java.util.Optional;

/** Hand-made pairs for filter, gate and builder tests. */
final class Pairs {
    private Pairs() {
    }

    static Pair pair(String id, String prompt, String chosen, String rejected, double confidence) {
        return pair(id, prompt, chosen, rejected, confidence, "PreferChosenInChoice", LabelOrigin.HUMAN);
    }

    static Pair pair(String id, String prompt, String chosen, String rejected, double confidence, String rule,
            LabelOrigin origin) {
        LabelSource source = new LabelSource("f-" + id, origin,
                origin == LabelOrigin.AI ? ActorRole.JUDGE : ActorRole.USER, Optional.of("someone"), Optional.empty());
        return new Pair(id, List.of(Message.user(prompt)), Side.written(id + "-c", chosen),
                Side.written(id + "-r", rejected), false, confidence, "s-" + id, Optional.of("u-" + id),
                List.of(source), new Provenance(List.of(id + "-c", id + "-r"), rule, "1", "", ""));
    }

    static Pair tie(String id) {
        Pair pair = pair(id, "q", "a", "b", 1);
        return new Pair(pair.id(), pair.prompt(), pair.chosen(), pair.rejected(), true, pair.confidence(),
                pair.sessionId(), pair.userId(), pair.labelSources(), pair.provenance());
    }

    static List<String> ids(List<Pair> pairs) {
        return pairs.stream().map(Pair::id).toList();
    }
}
