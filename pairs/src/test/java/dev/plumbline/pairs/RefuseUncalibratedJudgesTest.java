package dev.plumbline.pairs;

import static dev.plumbline.pairs.Records.ask;
import static dev.plumbline.pairs.Records.label;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefuseUncalibratedJudgesTest {
    private static final Actor JUDGE = Actor.judge("j-1", "gpt-4");
    private static final JudgeStanding FAILED = new JudgeStanding("j-1", true,
            List.of("agreement with humans 0.600 is 0.250 below the human-human ceiling 0.850 (allowed margin 0.100)"),
            0.60, 0.85, 0.95);
    private static final JudgeStanding CLEARED = new JudgeStanding("j-1", true, List.of(), 0.82, 0.85, 0.95);
    private static final JudgeStanding UNAUDITED = new JudgeStanding("j-1", false, List.of(), Double.NaN, Double.NaN, 0.95);

    /** Humans prefer i-2 three to the judge's two; the judge alone labels two more pairs. */
    private static List<Record> records() {
        List<Record> records = new ArrayList<>(List.of(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                label("h-1", "i-1", "i-2", "B", Actor.of(ActorRole.ANNOTATOR, "a-1")),
                label("h-2", "i-1", "i-2", "B", Actor.of(ActorRole.ANNOTATOR, "a-2")),
                label("h-3", "i-1", "i-2", "B", Actor.of(ActorRole.ANNOTATOR, "a-3")),
                label("j-a", "i-1", "i-2", "A", JUDGE), label("j-b", "i-1", "i-2", "A", JUDGE)));
        records.addAll(List.of(ask("i-3", "s-2", "u-2", 0, "Name my dog", "Dog."), ask("i-4", "s-2", "u-2", 0, "Name my dog", "Rex."),
                label("j-c", "i-3", "i-4", "B", JUDGE), label("j-d", "i-3", "i-4", "B", JUDGE)));
        records.addAll(List.of(ask("i-5", "s-3", "u-3", 0, "Name my fish", "Fish."), ask("i-6", "s-3", "u-3", 0, "Name my fish", "Nemo."),
                label("j-e", "i-5", "i-6", "B", JUDGE), label("j-f", "i-5", "i-6", "B", JUDGE)));
        return records;
    }

    private static Dataset gated(List<Record> records, JudgeStanding standing, UnauditedJudges policy) {
        Dataset mined = Miner.mine(records, MiningConfig.DEFAULTS).dataset();
        List<Label> labels = records.stream().filter(r -> r instanceof Label).map(r -> (Label) r).toList();
        RefuseUncalibratedJudges gate = new RefuseUncalibratedJudges(List.of(standing), policy, labels,
                BuildConfig.DEFAULTS.minConfidence());
        return gate.applyTo(mined, new DatasetBuilder(BuildConfig.DEFAULTS).gates());
    }

    private static FilterResult.FilterCount judgeLine(Dataset dataset) {
        return dataset.report().filters().get(dataset.report().filters().size() - 1);
    }

    @Test
    void aRefusedJudgesOwnPairsAreRemovedAndAPairHumansOutvotedItOnIsRetalliedWithoutIt() {
        Dataset mined = Miner.mine(records(), MiningConfig.DEFAULTS).dataset();
        assertThat(mined.pairs()).hasSize(3);
        assertThat(mined.report().passed()).as("two of three pairs are AI-only: the share gate fails").isFalse();

        Dataset dataset = gated(records(), FAILED, UnauditedJudges.REFUSE);

        assertThat(dataset.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.chosen().recordId()).isEqualTo("i-2");
            assertThat(pair.confidence()).isEqualTo(1.0);
            assertThat(pair.origin()).isEqualTo(LabelOrigin.HUMAN);
            assertThat(pair.labelSources()).extracting(LabelSource::recordId).containsExactly("h-1", "h-2", "h-3");
            assertThat(pair.provenance().sources()).doesNotContain("j-a", "j-b");
        });
        assertThat(judgeLine(dataset).filter()).isEqualTo("refuse-uncalibrated-judges");
        assertThat(judgeLine(dataset).removed()).isEqualTo(2);
        assertThat(judgeLine(dataset).policy()).contains("j-1 REFUSED").contains("0.250 below the human-human ceiling 0.850")
                .contains("pairs removed by judge {j-1=2}");
        assertThat(dataset.report().pairsByOrigin()).containsExactly(java.util.Map.entry("human", 1));
        assertThat(dataset.report().passed()).as("the share gate is re-checked on the pairs kept").isTrue();
    }

    @Test
    void aPairWhoseWinnerOnlyTheRefusedJudgeDecidedIsRemoved() {
        List<Record> records = List.of(ask("i-1", 0, "Name my cat", "Cat."), ask("i-2", 0, "Name my cat", "Whiskers."),
                label("h-1", "i-1", "i-2", "A", Actor.of(ActorRole.ANNOTATOR, "a-1")),
                label("h-2", "i-1", "i-2", "B", Actor.of(ActorRole.ANNOTATOR, "a-2")),
                label("j-a", "i-1", "i-2", "A", JUDGE), label("j-b", "i-1", "i-2", "A", JUDGE));
        assertThat(Miner.mine(records, MiningConfig.DEFAULTS).dataset().pairs()).hasSize(1);

        Dataset dataset = gated(records, FAILED, UnauditedJudges.REFUSE);

        assertThat(dataset.pairs()).isEmpty();
        assertThat(judgeLine(dataset).removed()).isEqualTo(1);
    }

    @Test
    void aClearedJudgeKeepsEveryPairItLabelled() {
        Dataset dataset = gated(records(), CLEARED, UnauditedJudges.REFUSE);

        assertThat(dataset.pairs()).hasSize(3);
        assertThat(judgeLine(dataset).removed()).isZero();
        assertThat(judgeLine(dataset).policy()).contains("j-1 cleared (agreement with humans 0.820 vs human-human ceiling 0.850");
    }

    @Test
    void aJudgeNoHumanOverlapCanAuditIsRefusedByDefaultAndAllowedWithAWarningWhenConfigured() {
        Dataset refused = gated(records(), UNAUDITED, UnauditedJudges.REFUSE);
        Dataset allowed = gated(records(), UNAUDITED, UnauditedJudges.ALLOW);

        assertThat(refused.pairs()).hasSize(1);
        assertThat(judgeLine(refused).policy()).contains("j-1 REFUSED (no human overlap to audit it")
                .contains("unaudited judges are refused");
        assertThat(allowed.pairs()).hasSize(3);
        assertThat(judgeLine(allowed).policy()).contains("j-1 NOT AUDITED, allowed").contains("allowed with a warning");
    }

    @Test
    void aJudgeTheAuditNeverSawCountsAsUnaudited() {
        List<Label> labels = records().stream().filter(r -> r instanceof Label).map(r -> (Label) r).toList();
        RefuseUncalibratedJudges gate = new RefuseUncalibratedJudges(List.of(), UnauditedJudges.REFUSE, labels, 0.5);

        assertThat(gate.refuses("j-1")).isTrue();
        assertThat(new RefuseUncalibratedJudges(List.of(), UnauditedJudges.ALLOW, labels, 0.5).refuses("j-1")).isFalse();
    }
}
