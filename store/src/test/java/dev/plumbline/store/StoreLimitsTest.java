package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.wire.V1Decoder;
import dev.plumbline.wire.V1Encoder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLimitsTest {
    @Test
    void recordsWithEveryOptionalFieldAndAwkwardButValidTextAreStorable() {
        List<Record> records = new ArrayList<>(SampleRecords.feedbackOfEveryType("i-1"));
        records.add(SampleRecords.fullInteraction("i-1"));
        records.addAll(SampleRecords.fullLabels("l"));

        assertThat(records).allSatisfy(r -> assertThat(StoreLimits.refusal(r)).isEmpty());
    }

    @Test
    void nulIsRefusedInAnIndexedFieldButKeptInOtherText() {
        Feedback nulText = SampleRecords.feedback("f-1", "i-1").withText("a\u0000b");
        Feedback nulActor = Feedback.of("f-2", "i-1", T0, FeedbackType.COPY,
                Actor.of(ActorRole.USER, "u\u0000"));

        assertThat(StoreLimits.refusal(nulText)).isEmpty();
        assertThat(StoreLimits.refusal(nulActor)).hasValueSatisfying(reason -> assertThat(reason).startsWith("actor.id"));
        assertThat(StoreLimits.refusal(SampleRecords.interaction("i\u0000"))).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("id "));
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhereverItIs() {
        Label base = SampleRecords.pairLabel("l-1", "i-1", "i-2");
        Label inMeta = new Label("l-1", base.subject(), "A", base.actor(), false, Optional.empty(), T0, List.of(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of("note", "\uDE00 low alone"));
        Label reversedPair = new Label("l-1", base.subject(), "A", base.actor(), false, Optional.of("\uDE00\uD83D"), T0,
                List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of());
        Label highAtEnd = new Label("l-1", base.subject(), "A", base.actor(), false, Optional.empty(), T0, List.of(),
                Optional.of("ends high \uD83D"), false, Optional.empty(), Optional.empty(), Map.of());

        assertThat(List.of(inMeta, reversedPair, highAtEnd))
                .allSatisfy(label -> assertThat(StoreLimits.refusal(label)).hasValueSatisfying(
                        reason -> assertThat(reason).contains("unpaired UTF-16 surrogate")));
    }

    @Test
    void timestampsAreStorableUpToTheLimitsOfSixtyFourBitMicroseconds() {
        Instant last = Instant.EPOCH.plus(Long.MAX_VALUE, ChronoUnit.MICROS);
        Instant first = Instant.EPOCH.plus(Long.MIN_VALUE, ChronoUnit.MICROS);

        assertThat(StoreLimits.refusal(SampleRecords.interaction("i", last))).isEmpty();
        assertThat(StoreLimits.refusal(SampleRecords.interaction("i", first))).isEmpty();
        assertThat(StoreLimits.refusal(SampleRecords.interaction("i", last.plusNanos(999)))).isEmpty();
        assertThat(StoreLimits.refusal(SampleRecords.interaction("i", last.plusNanos(1_000)))).isPresent();
        assertThat(StoreLimits.refusal(SampleRecords.interaction("i", first.minusNanos(1)))).isPresent();
    }

    @Test
    void anUnpairedSurrogateInAnyTextFieldOfAnyKindIsRefused() {
        List<Record> records = new ArrayList<>(SampleRecords.feedbackOfEveryType("i-1"));
        records.add(SampleRecords.fullInteraction("i-1"));
        records.addAll(SampleRecords.fullLabels("l"));
        V1Encoder encoder = new V1Encoder();
        V1Decoder decoder = new V1Decoder();
        int tried = 0;
        for (Record record : records) {
            ObjectNode tree = encoder.encode(record);
            for (ObjectNode spoiled : withEachTextSpoiled(tree)) {
                // Fields the decoder itself refuses with a lone surrogate (kind, ts) never reach a store.
                Optional<Record> decoded = decoder.decode(spoiled, 0).record();
                if (decoded.isPresent()) {
                    tried++;
                    assertThat(StoreLimits.refusal(decoded.get())).as("%s", spoiled).isPresent();
                }
            }
        }
        assertThat(tried).isGreaterThan(40);
    }

    /** Copies of the tree, each with one of its text values replaced by a lone low surrogate. */
    private static List<ObjectNode> withEachTextSpoiled(ObjectNode tree) {
        List<ObjectNode> copies = new ArrayList<>();
        spoil(tree, tree, new ArrayList<>(), copies);
        return copies;
    }

    private static void spoil(ObjectNode root, JsonNode node, List<Object> path, List<ObjectNode> copies) {
        if (node.isTextual()) {
            ObjectNode copy = root.deepCopy();
            JsonNode parent = copy;
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer i) {
                ((ArrayNode) parent).set(i, "\uDE00");
            } else {
                ((ObjectNode) parent).put((String) last, "x\uDE00");
            }
            copies.add(copy);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                spoil(root, node.get(i), path, copies);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject()) {
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                path.add(field.getKey());
                spoil(root, field.getValue(), path, copies);
                path.remove(path.size() - 1);
            }
        }
    }
}
