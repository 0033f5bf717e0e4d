package dev.plumbline.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Decoder;
import dev.plumbline.wire.V1Encoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedRecordsTest {
    private static final List<Record> RECORDS = new ArrayList<>();
    private static GroundTruth truth;

    @BeforeAll
    static void simulate() {
        truth = Simulator.run(config(), RECORDS::add);
    }

    private static SimulationConfig config() {
        return SimulationConfig.small().withUsers(300);
    }

    @Test
    void everyRecordPassesTheV1DecoderAndRoundTripsUnchanged() throws IOException {
        V1Encoder encoder = new V1Encoder();
        V1Decoder decoder = new V1Decoder();
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < RECORDS.size(); i++) {
            JsonNode json = mapper.readTree(encoder.toJson(RECORDS.get(i)));
            V1Decoder.Decoded decoded = decoder.decode(json, i);

            assertThat(decoded.problems()).as("record %s", RECORDS.get(i).id()).isEmpty();
            assertThat(decoded.record()).contains(RECORDS.get(i));
        }
    }

    @Test
    void interactionsPrecedeEverythingThatRefersToThem() {
        Set<String> seen = new HashSet<>();
        for (Record record : RECORDS) {
            if (record instanceof Interaction interaction) {
                interaction.regenerates().ifPresent(id -> assertThat(seen).contains(id));
                seen.add(interaction.id());
            } else if (record instanceof Feedback feedback) {
                assertThat(seen).as(feedback.id()).contains(feedback.interactionId());
                assertThat(seen).containsAll(feedback.chosen()).containsAll(feedback.rejected());
            } else {
                LabelSubject subject = ((Label) record).subject();
                List<String> ids = subject instanceof LabelSubject.Pair pair ? List.of(pair.first(), pair.second())
                        : List.of(((LabelSubject.Item) subject).id());
                assertThat(seen).as(record.id()).containsAll(ids);
            }
        }
    }

    @Test
    void timeNeverGoesBackwardsWithinAUser() {
        Map<String, String> userOfInteraction = new HashMap<>();
        Map<String, Instant> lastSeen = new HashMap<>();
        for (Record record : RECORDS) {
            String user;
            if (record instanceof Interaction interaction) {
                user = interaction.userId().orElse("eval");
                userOfInteraction.put(interaction.id(), user);
            } else if (record instanceof Feedback feedback) {
                user = userOfInteraction.get(feedback.interactionId());
            } else {
                continue;
            }
            Instant previous = lastSeen.put(user, record.ts());
            if (previous != null) {
                assertThat(record.ts()).as(record.id()).isAfterOrEqualTo(previous);
            }
        }
        assertThat(lastSeen).hasSizeGreaterThan(config().users() / 2);
    }

    @Test
    void idsAreUniqueWithinEachKind() {
        Set<String> ids = new HashSet<>();
        for (Record record : RECORDS) {
            assertThat(ids.add(record.kind() + ":" + record.id())).as(record.id()).isTrue();
        }
    }

    @Test
    void everyFeedbackTypeAndEveryActorRoleOccurs() {
        Set<FeedbackType> types = EnumSet.noneOf(FeedbackType.class);
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        for (Record record : RECORDS) {
            if (record instanceof Feedback feedback) {
                types.add(feedback.type());
                roles.add(feedback.actor().role());
            } else if (record instanceof Label label) {
                roles.add(label.actor().role());
            }
        }
        assertThat(types).containsAll(EnumSet.complementOf(EnumSet.of(FeedbackType.RATING)));
        assertThat(roles).containsExactlyInAnyOrder(ActorRole.values());
    }

    @Test
    void someOutcomesArriveDaysAfterTheirInteraction() {
        Map<String, Instant> interactionTime = new HashMap<>();
        long late = 0;
        for (Record record : RECORDS) {
            if (record instanceof Interaction interaction) {
                interactionTime.put(interaction.id(), interaction.ts());
            } else if (record instanceof Feedback feedback && feedback.type() == FeedbackType.OUTCOME
                    && feedback.ts().isAfter(interactionTime.get(feedback.interactionId()).plusSeconds(86_400))) {
                late++;
            }
        }
        assertThat(late).isGreaterThan(truth.traffic().sessions() / 2);
    }

    @Test
    void groundTruthCountsMatchTheRecords() {
        assertThat(truth.traffic().records()).isEqualTo(RECORDS.size());
        assertThat(truth.traffic().interactions()).isEqualTo(RECORDS.stream().filter(r -> r instanceof Interaction).count());
        assertThat(truth.traffic().labels()).isEqualTo(RECORDS.stream().filter(r -> r instanceof Label).count());
    }

    @Test
    void writerPutsOneRecordPerLineAndTheGroundTruthBesideIt(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("out/traffic.jsonl");
        GroundTruth written = new SimulationWriter().write(config(), jsonl);

        assertThat(Files.readAllLines(jsonl)).hasSize(RECORDS.size());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/ground-truth.json").toFile());
        assertThat(json.get("schema_version").asInt()).isEqualTo(1);
        assertThat(json.at("/contamination/contaminated_item_ids").size())
                .isEqualTo(written.contamination().contaminatedItemIds().size());
        assertThat(json.at("/judge/planted/position_first_share").asDouble()).isEqualTo(0.75);
        assertThat(json.at("/goodhart/diverging_releases/0").asText())
                .isEqualTo(written.goodhart().divergingReleases().get(0));
    }
}
