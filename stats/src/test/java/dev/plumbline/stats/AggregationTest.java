package dev.plumbline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregationTest {

    @Test
    void majorityVoteLeavesASplitUnitWithoutALabel() {
        Ratings ratings = Ratings.of(List.of(
                new Ratings.Rating("u1", "a", "A"), new Ratings.Rating("u1", "b", "A"), new Ratings.Rating("u1", "c", "B"),
                new Ratings.Rating("u2", "a", "A"), new Ratings.Rating("u2", "b", "B")));
        List<Aggregate> majority = MajorityVote.of(ratings);
        assertThat(majority.get(0).label()).contains("A");
        assertThat(majority.get(0).confidence()).isEqualTo(2.0 / 3);
        assertThat(majority.get(1).label()).isEmpty();
    }

    @Test
    void dawidSkeneFollowsTheInformativeRatersWhereTheMajorityIsFooled() {
        // two perfect raters and three who always say A: the majority says A everywhere,
        // Dawid-Skene learns the three carry no information and follows the two
        List<Ratings.Rating> cells = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int u = 0; u < 100; u++) {
            String label = u % 2 == 0 ? "A" : "B";
            truth.add(label);
            String unit = String.format("u%03d", u);
            cells.add(new Ratings.Rating(unit, "good1", label));
            cells.add(new Ratings.Rating(unit, "good2", label));
            for (String lazy : List.of("lazy1", "lazy2", "lazy3")) {
                cells.add(new Ratings.Rating(unit, lazy, "A"));
            }
        }
        Ratings ratings = Ratings.of(cells);
        DawidSkeneFit fit = DawidSkene.DEFAULT.fit(ratings);
        List<Optional<String>> labels = fit.posteriors().stream().map(Aggregate::label).toList();
        assertThat(labels).isEqualTo(truth.stream().map(Optional::of).toList());
        assertThat(MajorityVote.of(ratings).stream().filter(a -> a.label().equals(Optional.of("B"))).count()).isZero();
        assertThat(fit.converged()).isTrue();
        assertThat(fit.accuracy("good1")).isGreaterThan(0.95);
        assertThat(fit.accuracy("lazy1")).isLessThan(0.6);
    }
}
