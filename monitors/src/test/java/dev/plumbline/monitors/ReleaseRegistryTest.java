package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseRegistryTest {
    @Test
    void infersOneReleasePerVersionDatedByItsFirstInteraction() {
        List<Record> records = List.of(
                interaction("a", "2026-03-05T10:00:00Z", "v2"),
                interaction("b", "2026-02-01T23:59:00Z", "v1"),
                interaction("c", "2026-03-01T08:00:00Z", "v2"),
                interaction("d", "2026-01-20T00:00:00Z", "v1"));

        ReleaseRegistry registry = ReleaseRegistry.inferFrom(records);

        assertThat(registry.keys()).containsExactly("acme@v1", "acme@v2");
        assertThat(registry.find("acme@v2").orElseThrow().date()).contains(LocalDate.parse("2026-03-01"));
        assertThat(registry.find("acme@v1").orElseThrow().family()).contains("llama-3");
        assertThat(registry.previous("acme@v2").orElseThrow().key()).isEqualTo("acme@v1");
        assertThat(registry.previous("acme@v1")).isEmpty();
    }

    @Test
    void declaredReleasesAddTeachersToInferredOnes() {
        ReleaseRegistry inferred = ReleaseRegistry.inferFrom(List.of(interaction("a", "2026-03-05T10:00:00Z", "v2")));
        ReleaseRegistry declared = new ReleaseRegistry(List.of(
                Release.of("acme", "v2", "llama-3", LocalDate.parse("2026-03-04")).withTeacher("gpt-4o"),
                Release.of("acme", "v1", "llama-3", LocalDate.parse("2026-01-04"))));

        ReleaseRegistry merged = declared.mergedWith(inferred);

        assertThat(merged.keys()).containsExactly("acme@v1", "acme@v2");
        assertThat(merged.find("acme@v2").orElseThrow().teacher()).contains("gpt-4o");
    }

    @Test
    void refusesTheSameReleaseTwice() {
        Release v1 = Release.of("acme", "v1", null, LocalDate.parse("2026-01-04"));
        assertThatThrownBy(() -> new ReleaseRegistry(List.of(v1, v1))).isInstanceOf(PlumblineException.class);
    }

    @Test
    void corpusOfAReleaseIsItsTrimmedNonBlankCompletions() {
        List<Record> records = List.of(interaction("a", "2026-03-05T10:00:00Z", "v2").withCompletion("  hi  "),
                interaction("b", "2026-03-05T10:00:00Z", "v2").withCompletion(" "),
                interaction("c", "2026-03-05T10:00:00Z", "v1"));

        assertThat(Corpus.ofRelease("acme@v2", records).texts()).containsExactly("hi");
    }

    static Interaction interaction(String id, String ts, String version) {
        return new Interaction(id, Optional.empty(), Optional.empty(), Instant.parse(ts),
                ModelRef.of("acme", version, "llama-3"), List.of(Message.user("q")), "answer " + id,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
