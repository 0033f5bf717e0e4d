package dev.plumbline.store;

import static dev.plumbline.store.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
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
}
