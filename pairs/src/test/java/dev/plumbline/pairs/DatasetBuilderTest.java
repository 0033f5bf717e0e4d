package dev.plumbline.pairs;

import static dev.plumbline.pairs.Pairs.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {
    private static final Lineage LINEAGE = new Lineage(Instant.EPOCH, 0, 0, 0, Map.of(), Map.of(), "h", "dev");

    @Test
    void everyFilterReportsWhatItRemovedInOrder() {
        List<Pair> candidates = List.of(Pairs.tie("p-0"), pair("p-1", "q", "Rome.", "Paris.", 0.9),
                pair("p-2", "q", "Rome.", "Paris.", 0.9), pair("p-3", "r", "same", "Same", 0.9),
                pair("p-4", "s", "yes", "no", 0.2));
        Dataset dataset = new DatasetBuilder(BuildConfig.DEFAULTS).build(candidates,
                List.of(new Skip("PreferChosenInChoice", List.of("x"), "the sides answer different conversations")),
                LINEAGE);
        assertThat(dataset.pairs()).extracting(Pair::id).containsExactly("p-1");
        assertThat(dataset.report().filters()).extracting(FilterResult.FilterCount::filter, FilterResult.FilterCount::removed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ties", 1),
                        org.assertj.core.groups.Tuple.tuple("min-confidence", 1),
                        org.assertj.core.groups.Tuple.tuple("contradictions", 0),
                        org.assertj.core.groups.Tuple.tuple("exact-duplicates", 1),
                        org.assertj.core.groups.Tuple.tuple("near-identical", 1));
        assertThat(dataset.report().skipsByReason()).containsEntry("the sides answer different conversations", 1);
        assertThat(dataset.report().candidates()).isEqualTo(5);
    }

    @Test
    void aGateViolationIsReportedWithItsReason() {
        Dataset dataset = new DatasetBuilder(BuildConfig.DEFAULTS).build(
                List.of(pair("p-1", "q", "a", "b", 1, "PreferLabelledWinner", LabelOrigin.AI)), List.of(), LINEAGE);
        assertThat(dataset.report().passed()).isFalse();
        assertThat(dataset.report().violations()).singleElement().asString().contains("labelled by AI judges alone");
    }

    @Test
    void theResultDoesNotDependOnTheOrderCandidatesArrivedIn() {
        List<Pair> candidates = List.of(pair("p-2", "q", "a", "b", 1), pair("p-1", "q", "a", "b", 1));
        DatasetBuilder builder = new DatasetBuilder(BuildConfig.DEFAULTS);
        assertThat(builder.build(candidates, List.of(), LINEAGE).pairs()).extracting(Pair::id).containsExactly("p-1");
        assertThat(builder.build(List.of(candidates.get(1), candidates.get(0)), List.of(), LINEAGE).pairs())
                .extracting(Pair::id).containsExactly("p-1");
    }
}
