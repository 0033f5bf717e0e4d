package dev.plumbline.pairs;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Provenance;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import dev.plumbline.signals.TextDistance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prefers a thumbs-up answer over a thumbs-down answer to the same prompt in the same model context:
 * equal {@link #contextKey context keys} (the model's name and every message, normalized). The
 * latest thumbs per answer counts. Within a session {@link #apply} pairs them; across sessions the
 * miner gathers {@link Thumbed} answers by key and calls {@link #pairs}. Confidence 0.7.
 *
 * <p>Before: {@code i-1} and {@code i-2} answer "Name my cat" with acme-assist; thumbs +1 on
 * {@code i-2}, -1 on {@code i-1}. After: pair chosen {@code i-2}, rejected {@code i-1}, origin human.
 */
public final class PreferThumbsUpOverThumbsDown implements PairRule {
    static final double CONFIDENCE = 0.7;

    @Override
    public String name() {
        return "PreferThumbsUpOverThumbsDown";
    }

    @Override
    public String version() {
        return "1";
    }

    /** Same model name and the same normalized conversation: "the same prompt in the same context". */
    public static String contextKey(Interaction interaction) {
        return interaction.model().name() + "\n" + interaction.messages().stream()
                .map(m -> m.role() + ": " + TextDistance.normalize(m.content()))
                .collect(Collectors.joining("\n"));
    }

    /** The session's answers that carry a thumbs feedback. */
    public List<Thumbed> thumbed(Session session) {
        List<Thumbed> thumbed = new ArrayList<>();
        for (Interaction interaction : session.interactions()) {
            AnswerEvidence.latestThumbs(interaction.id(), session)
                    .ifPresent(f -> thumbed.add(new Thumbed(interaction, f, session.id())));
        }
        return thumbed;
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        Map<String, List<Thumbed>> byContext = new LinkedHashMap<>();
        thumbed(session).forEach(t -> byContext.computeIfAbsent(contextKey(t.interaction()), k -> new ArrayList<>()).add(t));
        List<Pair> pairs = new ArrayList<>();
        byContext.values().forEach(group -> pairs.addAll(pairs(group)));
        return new PairYield(pairs, List.of());
    }

    /** Every up-over-down pair among answers that share one context key. */
    public List<Pair> pairs(List<Thumbed> sameContext) {
        return pairsOf(sameContext.stream().map(ThumbedAnswer::of).collect(Collectors.toList()));
    }

    List<Pair> pairsOf(List<ThumbedAnswer> sameContext) {
        List<Pair> pairs = new ArrayList<>();
        for (ThumbedAnswer up : sameContext) {
            for (ThumbedAnswer down : sameContext) {
                if (up.up() && down.down()) {
                    pairs.add(pairOf(up, down));
                }
            }
        }
        return pairs;
    }

    private Pair pairOf(ThumbedAnswer up, ThumbedAnswer down) {
        String chosen = up.side().recordId();
        String rejected = down.side().recordId();
        List<String> sources = List.of(chosen, up.thumbsId(), rejected, down.thumbsId());
        return new Pair(name() + ":" + chosen + ">" + rejected, up.messages(), up.side(), down.side(), false,
                CONFIDENCE, up.sessionId(), up.userId(),
                List.of(LabelSource.explicit(up.thumbsId(), up.actor()), LabelSource.explicit(down.thumbsId(), down.actor())),
                new Provenance(sources, name(), version(), "", ""));
    }
}
