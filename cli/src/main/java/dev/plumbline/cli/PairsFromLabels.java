package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Message;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pair candidates for every pair that pairwise labels in the store are about (an import, a judge run),
 * in the JSON shape {@code annotate add-items --pairs} reads: texts and prompt from the interactions, a
 * judge's label as {@code judge} and a user's as {@code implicit}, so the feeding policies can use them.
 */
final class PairsFromLabels {
    private PairsFromLabels() {
    }

    static List<JsonNode> read(Store store, ProjectId project) {
        Map<String, Interaction> interactions = new HashMap<>();
        Map<LabelSubject.Pair, ObjectNode> pairs = new LinkedHashMap<>();
        store.records().scan(project, Set.of(Kind.INTERACTION, Kind.LABEL), record -> {
            if (record instanceof Interaction interaction) {
                interactions.put(interaction.id(), interaction);
            } else if (record instanceof Label label && label.subject() instanceof LabelSubject.Pair pair && !label.unparsed()) {
                ObjectNode node = pairs.computeIfAbsent(pair, p -> Json.mapper().createObjectNode()
                        .put("first", p.first()).put("second", p.second()).put("source", "labels").put("confidence", 0.0));
                if (label.actor().role() == ActorRole.JUDGE && !node.has("judge")) {
                    node.put("judge", label.value());
                } else if (label.actor().role() == ActorRole.USER && !node.has("implicit")) {
                    node.put("implicit", label.value());
                }
            }
        });
        List<JsonNode> out = new ArrayList<>();
        pairs.forEach((pair, node) -> {
            Interaction first = interactions.get(pair.first());
            Interaction second = interactions.get(pair.second());
            if (first != null && second != null) {
                out.add(withTexts(node, first, second));
            }
        });
        return out;
    }

    private static ObjectNode withTexts(ObjectNode node, Interaction first, Interaction second) {
        List<Message> messages = first.messages();
        node.put("prompt", messages.isEmpty() ? "" : messages.get(messages.size() - 1).content());
        node.put("first_text", first.completion()).put("second_text", second.completion());
        var context = node.putArray("context");
        messages.subList(0, Math.max(0, messages.size() - 1))
                .forEach(m -> context.addObject().put("role", m.role()).put("content", m.content()));
        return node;
    }
}
