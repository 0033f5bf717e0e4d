package dev.plumbline.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.Label;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One of PandaLM's released verdict files: where it is, which fields hold what, and which judge wrote it. */
record PandaLmJudge(String file, String resultField, String reasonField, String referenceField, Actor actor) {

    /** The judge's verdict on an item as a label; one that is not 0/1/2/Tie is kept unparsed with its raw text. */
    Label label(String idx, String first, String second, JsonNode row, Instant ts) {
        String raw = JsonScalars.text(row, resultField).orElse("");
        String id = "pandalm:" + idx + ":judge:" + actor.id().orElseThrow();
        Optional<String> value = PandaLmItem.pairValue(raw);
        Label label = value.isPresent()
                ? LlmbarVerdicts.withRaw(Label.pairwise(id, first, second, value.get(), actor, ts), raw)
                : Label.unparsedPairwise(id, first, second, raw, actor, ts);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source", "pandalm");
        JsonScalars.text(row, reasonField).filter(s -> !s.isEmpty()).ifPresent(s -> meta.put("reason", s));
        JsonScalars.text(row, referenceField).filter(s -> !s.isEmpty()).ifPresent(s -> meta.put("reference", s));
        return label.withMeta(meta);
    }
}
